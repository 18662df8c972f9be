// expect: path_add_const: safe
//   y = x + 7 (x below 2^16, no wrap); lock when x > 100, copy when y <= 107.
// kernel: loads
#include "common.h"

SEC("uprobe.s")
int path_add_const(struct pt_regs *ctx)
{
	u64 x = PT_REGS_PARM1(ctx) & 0xffff;
	u64 y;
	char buf[8];

	asm volatile("%0 = %1; %0 += 7" : "=r"(y) : "r"(x));
	if (x > 100)
		bpf_rcu_read_lock();
	if (y <= 107)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	if (x > 100)
		bpf_rcu_read_unlock();
	return 0;
}
