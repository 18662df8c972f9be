// expect: path_real_overlap: violation no-sleep-in-atomic
//   Lock when x > 100, copy when x > 50: any x above 100 copies inside the section.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

SEC("uprobe.s")
int path_real_overlap(struct pt_regs *ctx)
{
	u64 x = PT_REGS_PARM1(ctx);
	char buf[8];

	if (x > 100)
		bpf_rcu_read_lock();
	opaque(x);
	if (x > 50)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	opaque(x);
	if (x > 100)
		bpf_rcu_read_unlock();
	return 0;
}
