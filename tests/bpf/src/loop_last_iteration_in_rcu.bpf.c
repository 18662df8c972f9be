// expect: loop_last_iteration_in_rcu: violation no-sleep-in-atomic
//   The whole loop runs in an RCU section; only its last iteration copies, which still blocks
//   inside the section.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

SEC("uprobe.s")
int loop_last_iteration_in_rcu(struct pt_regs *ctx)
{
	const char *p = (const char *)PT_REGS_PARM1(ctx);
	u64 sum = 0, w = 0;

	bpf_rcu_read_lock();
	for (int i = 0; i < 4; i++) {
		if (i == 3)
			bpf_copy_from_user(&w, sizeof(w), p);
		sum += w + i;
	}
	bpf_rcu_read_unlock();
	return sum & 0xff;
}
