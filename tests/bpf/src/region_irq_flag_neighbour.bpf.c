// expect: region_irq_flag_neighbour: safe
//   The stack slot next to the saved IRQ flags is written while interrupts are off, and the flags'
//   own slot only after their restore: both stores are allowed.
// kernel: loads
#include "common.h"

SEC("tc")
int region_irq_flag_neighbour(struct __sk_buff *ctx)
{
	unsigned long flags;
	volatile unsigned long other = 0;

	bpf_local_irq_save(&flags);
	other = 5;
	bpf_local_irq_restore(&flags);
	flags = 3;
	return other + flags;
}
