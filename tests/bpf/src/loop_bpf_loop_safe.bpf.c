// expect: loop_bpf_loop_safe: safe
//   bpf_loop's callback runs in its caller's context: sleepable, no region, so its copy may block.
// kernel: loads
#include "common.h"

struct loop_ctx {
	const char *p;
	u64 sum;
};

static long copy_one(u64 i, struct loop_ctx *lc)
{
	u64 w = 0;

	bpf_copy_from_user(&w, sizeof(w), lc->p + 8 * (i & 7));
	lc->sum += w;
	return 0;
}

SEC("uprobe.s")
int loop_bpf_loop_safe(struct pt_regs *ctx)
{
	struct loop_ctx lc = { .p = (const char *)PT_REGS_PARM1(ctx) };

	bpf_loop(8, copy_one, &lc, 0);
	return lc.sum & 0xff;
}
