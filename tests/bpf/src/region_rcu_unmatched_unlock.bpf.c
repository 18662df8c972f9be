// expect: region_rcu_unmatched_unlock: violation regions-balanced
//   bpf_rcu_read_unlock on a path where no RCU section is open (the lock is conditional, the
//   unlock is not).
// kernel: refuses: "unmatched rcu read unlock (kernel function bpf_rcu_read_unlock)"
#include "common.h"

SEC("uprobe.s")
int region_rcu_unmatched_unlock(struct pt_regs *ctx)
{
	if (PT_REGS_PARM1(ctx) == 0)
		bpf_rcu_read_lock();
	bpf_rcu_read_unlock();
	return 0;
}
