// expect: loop_preempt_first_to_past_last_iteration: violation no-sleep-in-atomic
//   A 3-iteration loop disables preemption in its first iteration and would enable it in
//   iteration 3, which never runs: the copy after the loop runs with preemption disabled. Short,
//   so that the first unrolling meets the copy whichever engine looks first.
// kernel: refuses
#include "common.h"

SEC("uprobe.s")
int loop_preempt_first_to_past_last_iteration(struct pt_regs *ctx)
{
	char buf[8] = {};
	long src = PT_REGS_PARM1(ctx);

	for (int i = 0; i < 3; i++) {
		asm volatile("" : "+r"(i));
		if (i == 0)
			bpf_preempt_disable();
		if (i == 3)
			bpf_preempt_enable();
	}
	bpf_copy_from_user(buf, sizeof(buf), (void *)src);
	bpf_preempt_enable();
	return buf[0];
}
