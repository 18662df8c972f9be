// expect: path_mask_recomputed: safe
//   Lock when bit 2 of x is set, copy when it is clear; the mask is computed twice into
//   different registers, so the verifier cannot relate the two tests.
// kernel: refuses (lost precision: the second x & 4 is a fresh unknown): "sleepable helper bpf_copy_from_user#148 in non-preemptible region"
#include "common.h"

SEC("uprobe.s")
int path_mask_recomputed(struct pt_regs *ctx)
{
	u64 x = PT_REGS_PARM1(ctx);
	u64 a, b;
	char buf[8];

	/* Two separate computations (the compiler would otherwise reuse the first). */
	asm volatile("%0 = %1; %0 &= 4" : "=r"(a) : "r"(x));
	asm volatile("%0 = %1; %0 &= 4" : "=r"(b) : "r"(x));
	if (a)
		bpf_preempt_disable();
	if (!b)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	if (a)
		bpf_preempt_enable();
	return 0;
}
