// expect: cb_loop_count_stored_immediate_v4: safe
//   bpf_loop's count lives in a volatile stack variable, which cpu v4 code stores with a
//   store-immediate instruction; the callback opens RCU only when its flag is set, and nothing
//   sets it, so no run leaves RCU open.
// kernel: loads
#include "common.h"

struct loop_flags {
	u64 open_rcu;
};

static int visit(u64 i, struct loop_flags *flags)
{
	if (flags->open_rcu)
		bpf_rcu_read_lock();
	return 0;
}

SEC("tc")
int cb_loop_count_stored_immediate_v4(struct __sk_buff *skb)
{
	struct loop_flags flags = {};
	volatile u64 rounds = 2;

	bpf_loop(rounds, visit, &flags, 0);
	return 0;
}
