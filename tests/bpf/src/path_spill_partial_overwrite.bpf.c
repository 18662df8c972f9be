// expect: path_spill_partial_overwrite: violation no-sleep-in-atomic
//   x is spilled as a u64, then its low byte is overwritten with 0 before it is read back: for
//   x = 0x100 + 200 (locks) the reload is 0x100, so it no longer decides "x <= 100" the same
//   way... but 0x100 > 100 too; take x = 150: locks, reload 0 <= 100 copies.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

SEC("uprobe.s")
int path_spill_partial_overwrite(struct pt_regs *ctx)
{
	u64 x = PT_REGS_PARM1(ctx) & 0xffff;
	union {
		volatile u64 whole;
		volatile u8 bytes[8];
	} slot;
	u64 s;
	char buf[8];

	opaque(x);
	slot.whole = x;
	slot.bytes[0] = 0;
	if (x > 100)
		bpf_rcu_read_lock();
	s = slot.whole;
	if (s <= 100)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	if (x > 100)
		bpf_rcu_read_unlock();
	return 0;
}
