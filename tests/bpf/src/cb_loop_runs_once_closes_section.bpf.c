// expect: cb_loop_runs_once_closes_section: violation kernel-contract any-run-count
//   A sleepable uprobe opens an RCU section, and a bpf_loop of one run whose callback returns 0
//   closes it; the copy from user memory comes after. bpf_loop calls its callback nr_loops times
//   unless it returns nonzero (kernel/bpf/bpf_iter.c, bpf_loop()), so the section is always closed
//   by then.
//   The verifier explores the call as if the callback ran none of its runs, up to nr_loops (a kernel
//   contract), so it sees the copy inside the section.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

static long close_section(u64 i, void *data)
{
	bpf_rcu_read_unlock();
	return 0;
}

SEC("uprobe.s")
int cb_loop_runs_once_closes_section(struct pt_regs *ctx)
{
	u64 word = 0;

	bpf_rcu_read_lock();
	bpf_loop(1, close_section, NULL, 0);
	bpf_copy_from_user(&word, sizeof(word), (void *)PT_REGS_PARM1(ctx));
	return word & 1;
}
