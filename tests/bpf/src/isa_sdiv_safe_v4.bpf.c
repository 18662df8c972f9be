// expect: isa_sdiv_safe_v4: safe
//   y = x s/ 4 (signed division truncates toward zero). Lock when x < 0; copy when y > 0, which
//   needs x >= 4: never both.
// kernel: refuses (lost precision: the verifier does not track a signed division's result): "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

SEC("uprobe.s")
int isa_sdiv_safe_v4(struct pt_regs *ctx)
{
	s64 x = PT_REGS_PARM1(ctx);
	s64 y = x / 4;
	char buf[8];

	opaque(y);
	if (x < 0)
		bpf_rcu_read_lock();
	if (y > 0)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	if (x < 0)
		bpf_rcu_read_unlock();
	return 0;
}
