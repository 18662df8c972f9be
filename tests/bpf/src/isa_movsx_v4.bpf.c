// expect: isa_movsx_v4: safe
//   s = (s64)(s8)x (movsx): s < 0 exactly when bit 7 of x is set. Lock on bit 7; copy when s >= 0.
// kernel: refuses (lost precision: the sign-extended copy is not linked to the bit test): "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

SEC("uprobe.s")
int isa_movsx_v4(struct pt_regs *ctx)
{
	u64 x = PT_REGS_PARM1(ctx);
	s64 s = (s8)x;
	char buf[8];

	opaque(s);
	if (x & 0x80)
		bpf_rcu_read_lock();
	opaque(x);
	if (s >= 0)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	if (x & 0x80)
		bpf_rcu_read_unlock();
	return 0;
}
