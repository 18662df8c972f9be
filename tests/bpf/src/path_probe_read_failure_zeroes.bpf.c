// expect: path_probe_read_failure_zeroes: safe
//   A sleepable uprobe opens an RCU section where a probe read failed but left its word nonzero,
//   then copies from user memory. A failed bpf_probe_read_kernel zeroes its buffer
//   (kernel/trace/bpf_trace.c bpf_probe_read_kernel_common()), so the section never opens.
// kernel: refuses (lost precision: the verifier does not tie the buffer to the result): "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

SEC("uprobe.s")
int path_probe_read_failure_zeroes(struct pt_regs *ctx)
{
	u64 word = 0, copied = 0;
	long failed = bpf_probe_read_kernel(&word, sizeof(word), (void *)PT_REGS_PARM3(ctx)) < 0;
	int odd = failed && word != 0;

	opaque(odd);
	if (odd)
		bpf_rcu_read_lock();
	bpf_copy_from_user(&copied, sizeof(copied), (void *)PT_REGS_PARM2(ctx));
	if (odd)
		bpf_rcu_read_unlock();
	return copied != 0;
}
