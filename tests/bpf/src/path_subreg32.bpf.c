// expect: path_subreg32: safe
//   Both tests are 32-bit compares (JMP32) on the low half of the same register.
// kernel: loads
#include "common.h"

SEC("uprobe.s")
int path_subreg32(struct pt_regs *ctx)
{
	u64 x = PT_REGS_PARM1(ctx);
	char buf[8];

	if ((u32)x > 100)
		bpf_rcu_read_lock();
	opaque(x);
	if ((u32)x <= 100)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	opaque(x);
	if ((u32)x > 100)
		bpf_rcu_read_unlock();
	return 0;
}
