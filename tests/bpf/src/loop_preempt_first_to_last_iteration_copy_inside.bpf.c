// expect: loop_preempt_first_to_last_iteration_copy_inside: violation no-sleep-in-atomic
//   As loop_preempt_first_to_last_iteration, but iteration 2 copies from user memory, with
//   preemption disabled since the first: early enough that the first unrolling meets it, so
//   which engine meets it first does not change what the other sites say.
// kernel: refuses
#include "common.h"

SEC("uprobe.s")
int loop_preempt_first_to_last_iteration_copy_inside(struct pt_regs *ctx)
{
	char buf[8] = {};
	long src = PT_REGS_PARM1(ctx);

	for (int i = 0; i < 300; i++) {
		asm volatile("" : "+r"(i));
		if (i == 0)
			bpf_preempt_disable();
		if (i == 2)
			bpf_copy_from_user(buf, sizeof(buf), (void *)src);
		if (i == 299)
			bpf_preempt_enable();
	}
	return buf[0];
}
