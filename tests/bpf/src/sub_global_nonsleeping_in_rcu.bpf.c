// expect: sub_global_nonsleeping_in_rcu: safe
//   A global function with no blocking call, called inside an RCU section.
// kernel: loads
#include "common.h"

__noinline u64 hash_global(u64 a)
{
	return (a * 0x9e3779b97f4a7c15ull) >> 32;
}

SEC("uprobe.s")
int sub_global_nonsleeping_in_rcu(struct pt_regs *ctx)
{
	u64 h;

	bpf_rcu_read_lock();
	h = hash_global(PT_REGS_PARM1(ctx));
	bpf_rcu_read_unlock();
	return h & 0xff;
}
