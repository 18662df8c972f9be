// expect: path_spill_narrow_bad: violation no-sleep-in-atomic
//   x is stored as a u8 but not masked first: x = 356 locks (x > 100) and reads back 100.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

SEC("uprobe.s")
int path_spill_narrow_bad(struct pt_regs *ctx)
{
	u64 x = PT_REGS_PARM1(ctx) & 0xffff;
	volatile u8 slot = x;
	u64 s;
	char buf[8];

	if (x > 100)
		bpf_rcu_read_lock();
	s = slot;
	if (s <= 100)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	if (x > 100)
		bpf_rcu_read_unlock();
	return 0;
}
