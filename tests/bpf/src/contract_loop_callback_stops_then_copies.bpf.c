// expect: contract_loop_callback_stops_then_copies: violation kernel-contract
//   Inside an RCU section bpf_loop runs a callback that returns 1 on its first run, which ends
//   the loop, and copies from user memory only on a later run: none comes. The verifier follows
//   the callback up to the loop's count whatever it returns, reaches the copy with RCU held and
//   refuses.
// kernel: refuses
#include "common.h"

struct loop_state {
	int started;
	long copied;
};

static int step(u32 index, struct loop_state *st)
{
	char buf[8];

	if (st->started)
		st->copied += bpf_copy_from_user(buf, sizeof(buf), (void *)0x1000);
	st->started = 1;
	return 1;
}

SEC("uprobe.s")
int contract_loop_callback_stops_then_copies(struct pt_regs *ctx)
{
	struct loop_state st = {};

	bpf_rcu_read_lock();
	bpf_loop(5, step, &st, 0);
	bpf_rcu_read_unlock();
	return st.copied;
}
