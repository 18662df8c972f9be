// expect: cb_loop_ctx_window_copy: violation no-sleep-in-atomic
//   A bpf_loop callback reads an argument the program read from user memory into its context,
//   and copies from it where it looks like a user address (a window, not one value): inside the
//   RCU section. Every iteration after the first must see the context as the program left it.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

struct scan {
	u64 args[4];
	u64 copied;
};

static int copy_if_user(u32 i, struct scan *s)
{
	u64 at = s->args[1];
	char buf[8];

	if (at > 0x10000 && at < 0x7fffffffffffULL) {
		bpf_copy_from_user(buf, sizeof(buf), (void *)at);
		s->copied += buf[0];
		return 1;
	}
	return 0;
}

SEC("uprobe.s")
int cb_loop_ctx_window_copy(struct pt_regs *ctx)
{
	struct scan s = {};

	bpf_probe_read_user(s.args, sizeof(s.args), (void *)PT_REGS_PARM1(ctx));
	bpf_rcu_read_lock();
	bpf_loop(4, copy_if_user, &s, 0);
	bpf_rcu_read_unlock();
	return s.copied & 1;
}
