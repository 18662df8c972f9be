// expect: loop_preempt_first_to_past_last_iteration: violation no-sleep-in-atomic
//   A 300-iteration loop disables preemption in its first iteration and would enable it in
//   iteration 300, which never runs: the copy after the loop runs with preemption disabled.
// kernel: refuses
#include "common.h"

SEC("uprobe.s")
int loop_preempt_first_to_past_last_iteration(struct pt_regs *ctx)
{
	char buf[8] = {};
	long src = PT_REGS_PARM1(ctx);

	for (int i = 0; i < 300; i++) {
		asm volatile("" : "+r"(i));
		if (i == 0)
			bpf_preempt_disable();
		if (i == 300)
			bpf_preempt_enable();
	}
	bpf_copy_from_user(buf, sizeof(buf), (void *)src);
	bpf_preempt_enable();
	return buf[0];
}
