// expect: sub_static_chain_in_preempt: violation no-sleep-in-atomic
//   main -> outer (disables preemption) -> inner (copies): the copy is two calls deep in the region.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in non-preemptible region"
#include "common.h"

static __noinline u64 inner(const void *uptr)
{
	u64 w = 0;

	bpf_copy_from_user(&w, sizeof(w), uptr);
	return w;
}

static __noinline u64 outer(const void *uptr)
{
	u64 w;

	bpf_preempt_disable();
	w = inner(uptr);
	bpf_preempt_enable();
	return w;
}

SEC("uprobe.s")
int sub_static_chain_in_preempt(struct pt_regs *ctx)
{
	return outer((void *)PT_REGS_PARM1(ctx)) & 0xff;
}
