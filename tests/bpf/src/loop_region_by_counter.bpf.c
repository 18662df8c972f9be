// expect: loop_region_by_counter: safe
//   3,000 iterations; iteration 5 opens an RCU section, copies nothing, and closes it; every other
//   iteration copies from user memory with no section open. The same value decides the lock, the
//   copy and the unlock in each iteration, whichever iteration it is: no unrolling needed.
// kernel: loads
#include "common.h"

SEC("uprobe.s")
int loop_region_by_counter(struct pt_regs *ctx)
{
	char buf[8];
	u64 base = PT_REGS_PARM1(ctx);

	for (int i = 0; i < 3000; i++) {
		int j = i;

		opaque(j);
		if (j == 5)
			bpf_rcu_read_lock();
		opaque(j);
		if (j != 5)
			bpf_copy_from_user(buf, sizeof(buf), (void *)(base + i * 8));
		opaque(j);
		if (j == 5)
			bpf_rcu_read_unlock();
	}
	return 0;
}
