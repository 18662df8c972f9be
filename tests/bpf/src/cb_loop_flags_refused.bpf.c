// expect: cb_loop_flags_refused: violation kernel-contract any-run-count
//   bpf_loop with a nonzero flags argument returns -EINVAL before its callback runs, so the
//   callback's copy never runs inside the RCU section. The flags come from the probed argument
//   and are forced odd, so no run passes 0.
//   The verifier explores the callback whatever the flags (a kernel contract: it runs callbacks any
//   number of times), so it sees the copy inside the section.
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
int cb_loop_flags_refused(struct pt_regs *ctx)
{
	struct copy_ctx c = { .from = PT_REGS_PARM1(ctx) };

	bpf_rcu_read_lock();
	bpf_loop(4, copy_one, &c, PT_REGS_PARM2(ctx) | 1);
	bpf_rcu_read_unlock();
	return c.buf[0];
}
