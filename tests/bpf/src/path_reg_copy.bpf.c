// expect: path_reg_copy: safe
//   y is a register copy of x; the lock tests x, the copy tests y. The verifier links plain copies.
// kernel: loads
#include "common.h"

SEC("uprobe.s")
int path_reg_copy(struct pt_regs *ctx)
{
	u64 x = PT_REGS_PARM1(ctx);
	u64 y = x;
	char buf[8];

	opaque(y);
	asm volatile("%0 = %1" : "=r"(y) : "r"(x));
	if (x > 100)
		bpf_rcu_read_lock();
	if (y <= 100)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	if (x > 100)
		bpf_rcu_read_unlock();
	return 0;
}
