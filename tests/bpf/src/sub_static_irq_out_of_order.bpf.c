// expect: sub_static_irq_out_of_order: violation regions-balanced
//   IRQ flags saved and restored by static helpers that get a pointer to the caller's flags: the
//   restores run in FIFO order, so IRQs end up disabled.
// kernel: refuses: "cannot restore irq state out of order"
#include "common.h"

static __noinline void irq_off(unsigned long *flags)
{
	bpf_local_irq_save(flags);
}

static __noinline void irq_back(unsigned long *flags)
{
	bpf_local_irq_restore(flags);
}

SEC("syscall")
int sub_static_irq_out_of_order(void *ctx)
{
	unsigned long outer, inner;

	irq_off(&outer);
	irq_off(&inner);
	irq_back(&outer);
	irq_back(&inner);
	return 0;
}
