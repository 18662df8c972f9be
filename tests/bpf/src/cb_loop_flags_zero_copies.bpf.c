// expect: cb_loop_flags_zero_copies: violation no-sleep-in-atomic
//   As cb_loop_flags_refused, but the flags are the probed argument as it is: where it is 0 the
//   callback runs, and its copy sleeps inside the RCU section.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

struct copy_ctx {
	u64 from;
	char buf[8];
};

static int copy_one(u32 i, struct copy_ctx *c)
{
	bpf_copy_from_user(c->buf, sizeof(c->buf), (void *)(c->from + i * 8));
	return 0;
}

SEC("uprobe.s")
int cb_loop_flags_zero_copies(struct pt_regs *ctx)
{
	struct copy_ctx c = { .from = PT_REGS_PARM1(ctx) };

	bpf_rcu_read_lock();
	bpf_loop(4, copy_one, &c, PT_REGS_PARM2(ctx));
	bpf_rcu_read_unlock();
	return c.buf[0];
}
