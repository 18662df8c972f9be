// expect: path_cpu_id_below_possible: safe
//   bpf_get_smp_processor_id() is below the kernel's possible CPUs (nr_cpu_ids, which the
//   verifier uses as its bound): on a machine with at most 64 of them, as this one, the copy with
//   preemption disabled, guarded by a CPU id of 64 or more, never runs. Checked against another
//   series than the running kernel's, the bound is NR_CPUS (8192) and the copy may run.
// kernel: loads
#include "common.h"

SEC("uprobe.s")
int path_cpu_id_below_possible(struct pt_regs *ctx)
{
	u64 w = 0;
	u32 cpu;

	bpf_preempt_disable();
	cpu = bpf_get_smp_processor_id();
	if (cpu >= 64)
		bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM1(ctx));
	bpf_preempt_enable();
	return w & 1;
}
