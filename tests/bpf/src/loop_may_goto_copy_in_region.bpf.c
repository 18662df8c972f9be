// expect: loop_may_goto_copy_in_region: violation no-sleep-in-atomic
//   A may_goto loop inside an RCU section copies when the counter reaches 5.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

SEC("uprobe.s")
int loop_may_goto_copy_in_region(struct pt_regs *ctx)
{
	u64 n = PT_REGS_PARM1(ctx), sum = 0, w = 0;

	bpf_rcu_read_lock();
	for (u64 i = 0; i < n && can_loop; i++) {
		if (i == 5)
			bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM2(ctx));
		sum += w;
	}
	bpf_rcu_read_unlock();
	return sum & 0xff;
}
