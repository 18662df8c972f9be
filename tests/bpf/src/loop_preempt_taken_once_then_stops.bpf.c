// expect: loop_preempt_taken_once_then_stops: safe
//   A scan of up to 200 user words disables preemption at the first odd one and stops there;
//   preemption is enabled again after the loop. Path by path the count of disables grows with the
//   iterations, so a pre-pass must keep them as one repeated opening to finish, and the flag at
//   the loop head then shows no copy runs with preemption disabled.
// kernel: loads
#include "common.h"

u64 first_odd;

SEC("uprobe.s")
int loop_preempt_taken_once_then_stops(struct pt_regs *ctx)
{
	u64 v = 0;
	int taken = 0;

	for (int i = 0; i < 200; i++) {
		if (taken)
			break;
		if (bpf_copy_from_user(&v, sizeof(v), (void *)(PT_REGS_PARM1(ctx) + i * 8)))
			break;
		if (v & 1) {
			bpf_preempt_disable();
			taken = 1;
			first_odd = v;
		}
	}
	if (taken)
		bpf_preempt_enable();
	return 0;
}
