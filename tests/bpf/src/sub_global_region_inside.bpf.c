// expect: sub_global_region_inside: safe
//   A global function opens and closes its own preempt-off section; the caller then copies.
// kernel: loads
#include "common.h"

__noinline u32 cpu_global(int x)
{
	u32 cpu;

	bpf_preempt_disable();
	cpu = bpf_get_smp_processor_id() + x;
	bpf_preempt_enable();
	return cpu;
}

SEC("uprobe.s")
int sub_global_region_inside(struct pt_regs *ctx)
{
	u64 w = 0;
	u32 cpu = cpu_global(1);

	bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM1(ctx));
	return (cpu + w) & 0xff;
}
