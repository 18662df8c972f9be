// expect: loop_preempt_first_to_last_iteration: safe
//   A 300-iteration loop disables preemption in its first iteration and enables it again in its
//   last; the copy comes after the loop. The pre-pass sees preemption disabled again at the loop
//   head, so the proof needs the counter's bounds there: 1 <= i <= 299 wherever preemption is off.
// kernel: loads
#include "common.h"

SEC("uprobe.s")
int loop_preempt_first_to_last_iteration(struct pt_regs *ctx)
{
	char buf[8] = {};
	long src = PT_REGS_PARM1(ctx);

	for (int i = 0; i < 300; i++) {
		asm volatile("" : "+r"(i));
		if (i == 0)
			bpf_preempt_disable();
		if (i == 299)
			bpf_preempt_enable();
	}
	bpf_copy_from_user(buf, sizeof(buf), (void *)src);
	return buf[0];
}
