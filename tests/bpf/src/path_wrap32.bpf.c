// expect: path_wrap32: safe
//   w = (u32)x + 0x80000000 wraps: w < 0x80000000 exactly when (u32)x >= 0x80000000. The lock
//   tests (u32)x, the copy tests w; never both.
// kernel: refuses (lost precision: the wrapped 32-bit add is not linked to x): "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

SEC("uprobe.s")
int path_wrap32(struct pt_regs *ctx)
{
	u32 x = PT_REGS_PARM1(ctx);
	u32 w = x + 0x80000000u;
	char buf[8];

	opaque(w);
	if (x < 0x80000000u)
		bpf_rcu_read_lock();
	if (w < 0x80000000u)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	if (x < 0x80000000u)
		bpf_rcu_read_unlock();
	return 0;
}
