// expect: path_probe_str_len_bounded: safe
//   bpf_probe_read_user_str() returns the bytes it wrote (at most its size, 16) or an error, so
//   the copy inside the RCU section, guarded by a length above 16, never runs. The verifier knows
//   the range too (do_refine_retval_range); the CPU id is below NR_CPUS, so the preemption-off
//   copy guarded by a CPU id of 8192 or more never runs either.
// kernel: loads
#include "common.h"

SEC("uprobe.s")
int path_probe_str_len_bounded(struct pt_regs *ctx)
{
	char name[16];
	u64 w = 0;
	long len;
	u32 cpu;

	len = bpf_probe_read_user_str(name, sizeof(name), (void *)PT_REGS_PARM1(ctx));
	bpf_rcu_read_lock();
	if (len > (long)sizeof(name))
		bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM2(ctx));
	bpf_rcu_read_unlock();
	bpf_preempt_disable();
	cpu = bpf_get_smp_processor_id();
	if (cpu >= 8192)
		bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM2(ctx));
	bpf_preempt_enable();
	return (w + name[0]) & 1;
}
