// expect: cb_loop_result_says_refused: violation kernel-contract any-run-count
//   Preemption is disabled, and a bpf_loop callback enables it on its first run. The flags are an
//   input: where they are not 0, bpf_loop returns -EINVAL before any callback runs, and the
//   program, seeing a negative result, enables preemption itself. Either way the copy after runs
//   with preemption on: the result of a refused call is its error, not a count.
//   The verifier explores the call as if the callback ran none of its runs (a kernel contract), so it
//   sees the copy with preemption off.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in non-preemptible region"
#include "common.h"

static long enable_once(u64 index, void *unused)
{
	bpf_preempt_enable();
	return 1;
}

SEC("uprobe.s")
int cb_loop_result_says_refused(struct pt_regs *ctx)
{
	char buf[8];
	long ran;

	bpf_preempt_disable();
	ran = bpf_loop(1, enable_once, NULL, PT_REGS_PARM2(ctx) & 1);
	if (ran < 0)
		bpf_preempt_enable();
	bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	return 0;
}
