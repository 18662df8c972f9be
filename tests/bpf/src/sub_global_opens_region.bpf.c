// expect: sub_global_opens_region: violation kernel-contract region-in-global
//   A global function opens an RCU section and returns; the caller closes it. Balanced at run
//   time, but the kernel does not carry a region out of a global function.
// kernel: refuses: "unmatched rcu read unlock (kernel function bpf_rcu_read_unlock)"
#include "common.h"

__noinline int enter_global(int x)
{
	bpf_rcu_read_lock();
	return x + 1;
}

SEC("uprobe.s")
int sub_global_opens_region(struct pt_regs *ctx)
{
	int r = enter_global(PT_REGS_PARM1(ctx) & 0xff);

	bpf_rcu_read_unlock();
	return r;
}
