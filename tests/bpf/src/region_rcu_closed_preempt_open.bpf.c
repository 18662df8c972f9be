// expect: region_rcu_closed_preempt_open: violation no-sleep-in-atomic
//   RCU is closed but preemption is still disabled at the copy.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in non-preemptible region"
#include "common.h"

SEC("uprobe.s")
int region_rcu_closed_preempt_open(struct pt_regs *ctx)
{
	char buf[16];

	bpf_rcu_read_lock();
	bpf_preempt_disable();
	bpf_rcu_read_unlock();
	bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	bpf_preempt_enable();
	return buf[0];
}
