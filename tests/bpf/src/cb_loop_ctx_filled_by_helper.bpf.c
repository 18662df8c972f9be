// expect: cb_loop_ctx_filled_by_helper: safe
//   A bpf_loop callback fills the task's name into its context, on the caller's stack, with
//   bpf_get_current_comm, then copies from user memory where the context's flag is set. The
//   caller disables preemption around the loop and leaves the flag clear: the helper writes the
//   name beside the flag, never the flag, so the copy never runs.
// kernel: loads
#include "common.h"

struct scan {
	u64 armed;
	char comm[16];
	u64 word;
};

static int fill_and_copy(u64 i, struct scan *s)
{
	bpf_get_current_comm(s->comm, sizeof(s->comm));
	if (s->armed)
		bpf_copy_from_user(&s->word, sizeof(s->word), (void *)0x1000);
	return 1;
}

SEC("uprobe.s")
int cb_loop_ctx_filled_by_helper(struct pt_regs *ctx)
{
	struct scan s = {};

	bpf_preempt_disable();
	bpf_loop(1, fill_and_copy, &s, 0);
	bpf_preempt_enable();
	return s.comm[0];
}
