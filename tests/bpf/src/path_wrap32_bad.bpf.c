// expect: path_wrap32_bad: violation no-sleep-in-atomic
//   As path_wrap32 but w = x + 0x7fffffff: x = 0 gives w = 0x7fffffff < 0x80000000, and x = 0
//   also locks.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

SEC("uprobe.s")
int path_wrap32_bad(struct pt_regs *ctx)
{
	u32 x = PT_REGS_PARM1(ctx);
	u32 w = x + 0x7fffffffu;
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
