// expect: sub_static_irq_leave_by_level_swapped: violation regions-balanced
//   A static helper restores the inner or the outer of two saved IRQ flags, picked by a level its
//   callers pass (clang selects the pointer on a branch before one call). The callers leave level
//   1, then level 2: the outer flags first, out of order, and interrupts stay off.
// kernel: refuses: "cannot restore irq state out of order"
#include "common.h"

static __noinline void irq_leave(int level, unsigned long *outer, unsigned long *inner)
{
	bpf_local_irq_restore(level > 1 ? inner : outer);
}

SEC("syscall")
int sub_static_irq_leave_by_level_swapped(u64 *ctx)
{
	unsigned long outer, inner;
	u64 word = 0;

	bpf_local_irq_save(&outer);
	bpf_local_irq_save(&inner);
	irq_leave(1, &outer, &inner);
	irq_leave(2, &outer, &inner);
	bpf_copy_from_user(&word, sizeof(word), (void *)ctx[0]);
	return word & 1;
}
