// expect: region_irq_flag_chosen_on_branch: violation regions-balanced
//   Which saved flags are restored first depends on a context bit (clang picks the pointer with a
//   branch before one shared call): one way restores in order, the other does not.
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
int region_irq_flag_chosen_on_branch(u64 *ctx)
{
	unsigned long f, g;

	irq_off(&f);
	irq_off(&g);
	if (ctx[0] & 1) {
		irq_back(&g);
		irq_back(&f);
	} else {
		irq_back(&f);
		irq_back(&g);
	}
	return 0;
}
