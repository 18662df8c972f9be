// expect: path_subreg32_vs_64: violation no-sleep-in-atomic
//   The lock tests the low 32 bits, the copy tests all 64: x = 2^32 + 200 locks and copies.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

SEC("uprobe.s")
int path_subreg32_vs_64(struct pt_regs *ctx)
{
	u64 x = PT_REGS_PARM1(ctx);
	char buf[8];

	if ((u32)x > 100)
		bpf_rcu_read_lock();
	opaque(x);
	if (x > 100)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	opaque(x);
	if ((u32)x > 100)
		bpf_rcu_read_unlock();
	return 0;
}
