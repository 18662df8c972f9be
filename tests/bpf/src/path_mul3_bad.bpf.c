// expect: path_mul3_bad: violation no-sleep-in-atomic
//   As path_mul3, but the copy's bound is y <= 303: x = 101 gives y = 303 inside the section.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

SEC("uprobe.s")
int path_mul3_bad(struct pt_regs *ctx)
{
	u64 x = PT_REGS_PARM1(ctx) & 0xffff;
	u64 y = x * 3;
	char buf[8];

	opaque(y);
	if (x > 100)
		bpf_rcu_read_lock();
	if (y <= 303)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	if (x > 100)
		bpf_rcu_read_unlock();
	return 0;
}
