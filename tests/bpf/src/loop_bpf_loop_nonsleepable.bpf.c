// expect: loop_bpf_loop_nonsleepable: violation no-sleep-in-atomic
//   A kprobe's bpf_loop callback copies user memory: the callback is as non-sleepable as the kprobe.
// kernel: refuses: "helper call might sleep in a non-sleepable prog"
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

SEC("kprobe/do_sys_openat2")
int loop_bpf_loop_nonsleepable(struct pt_regs *ctx)
{
	struct loop_ctx lc = { .p = (const char *)PT_REGS_PARM2(ctx) };

	bpf_loop(8, copy_one, &lc, 0);
	return lc.sum & 0xff;
}
