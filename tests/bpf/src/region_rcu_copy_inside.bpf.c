// expect: region_rcu_copy_inside: violation no-sleep-in-atomic
//   A sleepable uprobe copies user memory inside an RCU read-side section.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

SEC("uprobe.s")
int region_rcu_copy_inside(struct pt_regs *ctx)
{
	char buf[16];

	bpf_rcu_read_lock();
	bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	bpf_rcu_read_unlock();
	return buf[0];
}
