// expect: isa_smod_sign_v4: safe
//   r = x s% 8 takes the dividend's sign (like C, SMT bvsrem; not bvsmod, which would give 7
//   for x = -1). Lock when x < 0; copy when r > 0, which needs x > 0.
// kernel: refuses (lost precision: the verifier does not track a signed modulo's result): "sleepable helper bpf_copy_from_user#148 in non-preemptible region"
#include "common.h"

SEC("uprobe.s")
int isa_smod_sign_v4(struct pt_regs *ctx)
{
	s64 x = PT_REGS_PARM1(ctx);
	s64 r = x % 8;
	char buf[8];

	opaque(r);
	if (x < 0)
		bpf_preempt_disable();
	if (r > 0)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	if (x < 0)
		bpf_preempt_enable();
	return 0;
}
