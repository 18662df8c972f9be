// expect: region_preempt_then_rcu_copy_named_rcu: violation no-sleep-in-atomic
//   Preemption is disabled, then an RCU section opens inside it, and a copy from user memory blocks
//   in both. The verifier names the RCU section, whichever opened first: its checks ask about RCU
//   before preemption (check_helper_call), and the message says so.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

SEC("uprobe.s")
int region_preempt_then_rcu_copy_named_rcu(struct pt_regs *ctx)
{
	u64 w = 0;

	bpf_preempt_disable();
	bpf_rcu_read_lock();
	bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM1(ctx));
	bpf_rcu_read_unlock();
	bpf_preempt_enable();
	return w & 1;
}
