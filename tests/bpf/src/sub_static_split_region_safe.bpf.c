// expect: sub_static_split_region_safe: safe
//   One static subprogram opens a preempt-off section and another closes it; the caller copies
//   after the close. Static calls carry the region back and forth.
// kernel: loads
#include "common.h"

static __noinline int enter(int x)
{
	bpf_preempt_disable();
	return x + 1;
}

static __noinline int leave(int x)
{
	bpf_preempt_enable();
	return x - 1;
}

SEC("uprobe.s")
int sub_static_split_region_safe(struct pt_regs *ctx)
{
	u64 w = 0;
	int r;

	r = enter(PT_REGS_PARM1(ctx) & 0xff);
	r = leave(r);
	bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM2(ctx));
	return r + (w & 1);
}
