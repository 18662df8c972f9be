// expect: loop_region_late_iteration: violation no-sleep-in-atomic
//   As loop_region_by_counter, but the section opens on iteration 2,500 and the copy runs there
//   too: the violation lies far past any unrolling bound.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

SEC("uprobe.s")
int loop_region_late_iteration(struct pt_regs *ctx)
{
	char buf[8];
	u64 base = PT_REGS_PARM1(ctx);

	for (int i = 0; i < 3000; i++) {
		int j = i;

		opaque(j);
		if (j == 2500)
			bpf_rcu_read_lock();
		opaque(j);
		if (j != 5)
			bpf_copy_from_user(buf, sizeof(buf), (void *)(base + i * 8));
		opaque(j);
		if (j == 2500)
			bpf_rcu_read_unlock();
	}
	return 0;
}
