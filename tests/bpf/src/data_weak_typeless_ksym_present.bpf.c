// expect: data_weak_typeless_ksym_present: violation no-sleep-in-atomic
//   A weak `__ksym` declared without a type is resolved by libbpf from /proc/kallsyms, where every
//   kernel function is listed (schedule among them), not from BTF variables: its address is not 0,
//   so the copy inside the RCU section runs.
// kernel: refuses
#include "common.h"

extern const void schedule __ksym __weak;

SEC("uprobe.s")
int data_weak_typeless_ksym_present(struct pt_regs *ctx)
{
	char buf[8];

	bpf_rcu_read_lock();
	if (&schedule)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	bpf_rcu_read_unlock();
	return 0;
}
