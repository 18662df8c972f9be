// expect: loop_may_goto_safe: safe
//   A loop with a data-dependent bound, accepted through may_goto (can_loop); the copy follows it.
// kernel: loads
#include "common.h"

SEC("uprobe.s")
int loop_may_goto_safe(struct pt_regs *ctx)
{
	u64 n = PT_REGS_PARM1(ctx), sum = 0, w = 0;

	for (u64 i = 0; i < n && can_loop; i++)
		sum += i * i;
	bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM2(ctx));
	return (sum + w) & 0xff;
}
