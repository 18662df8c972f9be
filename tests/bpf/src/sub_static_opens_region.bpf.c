// expect: sub_static_opens_region: violation no-sleep-in-atomic
//   A static subprogram opens the RCU section and returns; the caller copies before closing it.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

static __noinline int enter(int x)
{
	bpf_rcu_read_lock();
	return x + 1;
}

SEC("uprobe.s")
int sub_static_opens_region(struct pt_regs *ctx)
{
	u64 w = 0;
	int r;

	r = enter(PT_REGS_PARM1(ctx) & 0xff);
	bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM2(ctx));
	bpf_rcu_read_unlock();
	return r + (w & 1);
}
