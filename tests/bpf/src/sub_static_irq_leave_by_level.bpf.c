// expect: sub_static_irq_leave_by_level: safe
//   A static helper restores the inner or the outer of two saved IRQ flags, picked by a level its
//   callers pass (clang selects the pointer on a branch before one call). The callers leave level
//   2, then level 1: last in, first out, and the copy runs with interrupts back on.
// kernel: loads
#include "common.h"

static __noinline void irq_leave(int level, unsigned long *outer, unsigned long *inner)
{
	bpf_local_irq_restore(level > 1 ? inner : outer);
}

SEC("syscall")
int sub_static_irq_leave_by_level(u64 *ctx)
{
	unsigned long outer, inner;
	u64 word = 0;

	bpf_local_irq_save(&outer);
	bpf_local_irq_save(&inner);
	irq_leave(2, &outer, &inner);
	irq_leave(1, &outer, &inner);
	bpf_copy_from_user(&word, sizeof(word), (void *)ctx[0]);
	return word & 1;
}
