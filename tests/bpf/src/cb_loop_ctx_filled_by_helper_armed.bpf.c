// expect: cb_loop_ctx_filled_by_helper_armed: violation no-sleep-in-atomic
//   The same callback, but the caller sets the context's flag from its argument: the copy from
//   user memory may run with preemption disabled.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in non-preemptible region"
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
int cb_loop_ctx_filled_by_helper_armed(struct pt_regs *ctx)
{
	struct scan s = { .armed = PT_REGS_PARM1(ctx) & 1 };

	bpf_preempt_disable();
	bpf_loop(1, fill_and_copy, &s, 0);
	bpf_preempt_enable();
	return s.comm[0];
}
