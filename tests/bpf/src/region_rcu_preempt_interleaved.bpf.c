// expect: region_rcu_preempt_interleaved: safe
//   RCU and preempt regions closed in non-LIFO order (allowed), both closed before the copy.
// kernel: loads
#include "common.h"

SEC("uprobe.s")
int region_rcu_preempt_interleaved(struct pt_regs *ctx)
{
	char buf[16];

	bpf_rcu_read_lock();
	bpf_preempt_disable();
	bpf_rcu_read_unlock();
	bpf_preempt_enable();
	bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	return buf[0];
}
