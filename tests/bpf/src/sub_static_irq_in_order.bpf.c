// expect: sub_static_irq_in_order: safe
//   As sub_static_irq_out_of_order, restored last-in first-out, and a copy once both are restored.
// kernel: loads
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
int sub_static_irq_in_order(u64 *ctx)
{
	unsigned long outer, inner;
	u64 w = 0;

	irq_off(&outer);
	irq_off(&inner);
	irq_back(&inner);
	irq_back(&outer);
	bpf_copy_from_user(&w, sizeof(w), (void *)ctx[0]);
	return w & 1;
}
