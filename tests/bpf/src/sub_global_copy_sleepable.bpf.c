// expect: sub_global_copy_sleepable: safe
//   A global function that may sleep, called from a sleepable uprobe with no region open.
// kernel: loads
#include "common.h"

__noinline u64 fetch_word_global(u64 uptr)
{
	u64 w = 0;

	bpf_copy_from_user(&w, sizeof(w), (void *)uptr);
	return w;
}

SEC("uprobe.s")
int sub_global_copy_sleepable(struct pt_regs *ctx)
{
	return fetch_word_global(PT_REGS_PARM1(ctx)) & 0xff;
}
