// expect: sub_global_flag_never_set_exits_in_rcu: violation kernel-contract global-alone
//   A global function leaves an RCU section open when its flag argument is set; the only call
//   passes 0, so no run leaves it open. The verifier checks the global function once, alone,
//   for any arguments, and refuses the program: a kernel-contract finding.
// kernel: refuses: "BPF_EXIT instruction in main prog cannot be used inside bpf_rcu_read_lock-ed region"
#include "common.h"

__noinline int enter_if(int keep)
{
	bpf_rcu_read_lock();
	if (keep)
		return 1;
	bpf_rcu_read_unlock();
	return 0;
}

SEC("uprobe.s")
int sub_global_flag_never_set_exits_in_rcu(struct pt_regs *ctx)
{
	u64 w = 0;
	int zero = 0;

	opaque(zero);
	enter_if(zero & 0);
	bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM1(ctx));
	return w & 1;
}
