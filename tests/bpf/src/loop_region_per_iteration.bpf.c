// expect: loop_region_per_iteration: safe
//   Each iteration opens and closes a preempt-off section, then copies with preemption enabled.
// kernel: loads
#include "common.h"

SEC("uprobe.s")
int loop_region_per_iteration(struct pt_regs *ctx)
{
	const char *p = (const char *)PT_REGS_PARM1(ctx);
	u64 sum = 0;

#pragma unroll
	for (int i = 0; i < 4; i++) {
		u64 w = 0;

		bpf_preempt_disable();
		sum += bpf_get_smp_processor_id();
		bpf_preempt_enable();
		bpf_copy_from_user(&w, sizeof(w), p + 8 * i);
		sum += w;
	}
	return sum & 0xff;
}
