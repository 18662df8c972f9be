// expect: cb_loop_in_iterator_body_reads_store: safe
//   Inside a bpf_repeat loop with preemption disabled, each round stores a mode of 1 into a stack
//   struct and runs a bpf_loop whose callback copies from user memory only in mode 2. No round ever
//   stores 2, so nothing sleeps with preemption off: the callback, run anew in each round, sees the
//   round's store through its context pointer.
// kernel: loads
#include "common.h"

struct fetch_state {
	u64 user_ptr;
	char head[8];
	int mode;
};

static long fetch(u64 i, struct fetch_state *state)
{
	if (state->mode == 2)
		bpf_copy_from_user(state->head, sizeof(state->head), (void *)state->user_ptr);
	return 0;
}

SEC("uprobe.s")
int cb_loop_in_iterator_body_reads_store(struct pt_regs *ctx)
{
	struct fetch_state state = { .user_ptr = PT_REGS_PARM1(ctx) };
	struct bpf_iter_num it;

	bpf_preempt_disable();
	bpf_iter_num_new(&it, 0, 3);
	while (bpf_iter_num_next(&it)) {
		state.mode = 1;
		bpf_loop(2, fetch, &state, 0);
	}
	bpf_iter_num_destroy(&it);
	bpf_preempt_enable();
	return 0;
}
