// expect: path_spill_u8: safe
//   x (below 2^8) is stored to an 8-byte-aligned stack slot as a u8 and read back as s; the
//   lock tests x and the copy tests s, which holds the same value.
// kernel: loads
#include "common.h"

SEC("uprobe.s")
int path_spill_u8(struct pt_regs *ctx)
{
	u64 x = PT_REGS_PARM1(ctx) & 0xff;
	volatile u8 slot __attribute__((aligned(8)));
	u64 s;
	char buf[8];

	opaque(x);
	slot = x;
	if (x > 100)
		bpf_rcu_read_lock();
	s = slot;
	if (s <= 100)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	if (x > 100)
		bpf_rcu_read_unlock();
	return 0;
}
