// expect: cb_loop_result_counts_runs: violation kernel-contract any-run-count
//   bpf_loop(4) with a callback that never stops it returns 4, the number of runs
//   (kernel/bpf/bpf_iter.c, bpf_loop()), so the RCU section opened on any other result never opens.
//   The verifier explores the callback any number of times up to 4, none included (a kernel
//   contract), and bpf_loop's result is any number to it, so it sees the section opened.
// kernel: refuses: "BPF_EXIT instruction in main prog cannot be used inside bpf_rcu_read_lock-ed region"
#include "common.h"

struct tally {
	u64 seen;
};

static long count_one(u64 i, struct tally *tally)
{
	tally->seen++;
	return 0;
}

SEC("tc")
int cb_loop_result_counts_runs(struct __sk_buff *skb)
{
	struct tally tally = {};

	if (bpf_loop(4, count_one, &tally, 0) != 4)
		bpf_rcu_read_lock();
	return 0;
}
