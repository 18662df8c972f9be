// expect: loop_preempt_taken_keeps_copying: violation no-sleep-in-atomic
//   As loop_preempt_taken_once_then_stops, but the scan goes on after it disabled preemption: the
//   next copy runs with preemption disabled.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in non-preemptible region"
#include "common.h"

u64 first_odd;

SEC("uprobe.s")
int loop_preempt_taken_keeps_copying(struct pt_regs *ctx)
{
	u64 v = 0;
	int taken = 0;

	for (int i = 0; i < 200; i++) {
		if (bpf_copy_from_user(&v, sizeof(v), (void *)(PT_REGS_PARM1(ctx) + i * 8)))
			break;
		if ((v & 1) && !taken) {
			bpf_preempt_disable();
			taken = 1;
			first_odd = v;
		}
	}
	if (taken)
		bpf_preempt_enable();
	return 0;
}
