// expect: path_cpu_id_read_twice: safe
//   The CPU id is read before and after a copy from user memory that may sleep, and preemption is
//   disabled around a second copy only where the two differ: a run never leaves its CPU (the kernel
//   disables migration around every run, sleepable ones included), so the two reads agree and the
//   copy never runs with preemption disabled. The verifier takes each read as its own number.
// kernel: refuses (lost precision: two reads of the CPU id are two numbers to the verifier): "sleepable helper bpf_copy_from_user#148 in non-preemptible region"
#include "common.h"

SEC("uprobe.s")
int path_cpu_id_read_twice(struct pt_regs *ctx)
{
	u64 w = 0;
	u32 first, second;

	first = bpf_get_smp_processor_id();
	bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM2(ctx));
	second = bpf_get_smp_processor_id();
	if (first != second)
		bpf_preempt_disable();
	bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM1(ctx));
	if (first != second)
		bpf_preempt_enable();
	return w & 1;
}
