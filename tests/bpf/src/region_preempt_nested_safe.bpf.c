// expect: region_preempt_nested_safe: safe
//   Preemption disabled twice and enabled twice (the counter nests), then the blocking copy.
// kernel: loads
#include "common.h"

SEC("uprobe.s")
int region_preempt_nested_safe(struct pt_regs *ctx)
{
	char buf[16];
	u32 cpu;

	bpf_preempt_disable();
	bpf_preempt_disable();
	cpu = bpf_get_smp_processor_id();
	bpf_preempt_enable();
	bpf_preempt_enable();
	bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	return buf[0] + cpu;
}
