// expect: cb_loop_many_runs_window: violation kernel-contract any-run-count
//   A bpf_loop of 5,000 runs whose callback opens an RCU section on its first run and closes it on
//   its second; the copy after the loop runs outside it, as bpf_loop runs its callback nr_loops
//   times unless a run returns nonzero (kernel/bpf/bpf_iter.c, bpf_loop()). The verifier follows
//   the callback as running any number of times up to 5,000, one included (a kernel contract).
//   Past 4,096 runs the engines take the count as any number, so a path that stops after one run
//   is a path of that contract, not of a kernel run.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

static long window(u64 i, void *data)
{
	if (i == 0)
		bpf_rcu_read_lock();
	if (i == 1)
		bpf_rcu_read_unlock();
	return 0;
}

SEC("uprobe.s")
int cb_loop_many_runs_window(struct pt_regs *ctx)
{
	u64 word = 0;

	bpf_loop(5000, window, NULL, 0);
	bpf_copy_from_user(&word, sizeof(word), (void *)PT_REGS_PARM1(ctx));
	return word & 1;
}
