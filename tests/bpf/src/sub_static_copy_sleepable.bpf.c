// expect: sub_static_copy_sleepable: safe
//   A static subprogram copies from user memory; it is called from a sleepable uprobe with no
//   region open.
// kernel: loads
#include "common.h"

static __noinline u64 fetch_word(const void *uptr)
{
	u64 w = 0;

	bpf_copy_from_user(&w, sizeof(w), uptr);
	return w;
}

SEC("uprobe.s")
int sub_static_copy_sleepable(struct pt_regs *ctx)
{
	return fetch_word((void *)PT_REGS_PARM1(ctx)) & 0xff;
}
