// expect: path_spill_u32_unaligned: safe
//   As path_spill_u32, but the u32 slot sits at offset 4 of its 8-byte stack slot.
// kernel: refuses (lost precision: a spill not at the start of an 8-byte slot is kept as unknown bytes): "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

struct pair {
	u32 pad;
	volatile u32 slot;
} __attribute__((aligned(8)));

SEC("uprobe.s")
int path_spill_u32_unaligned(struct pt_regs *ctx)
{
	u64 x = PT_REGS_PARM1(ctx) & 0xffffffff;
	struct pair p;
	u64 s;
	char buf[8];

	opaque(x);
	p.slot = x;
	if (x > 100)
		bpf_rcu_read_lock();
	s = p.slot;
	if (s <= 100)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	if (x > 100)
		bpf_rcu_read_unlock();
	return 0;
}
