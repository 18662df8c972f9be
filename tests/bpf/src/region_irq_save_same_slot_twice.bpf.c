// expect: region_irq_save_same_slot_twice: violation regions-balanced
//   Two nested IRQ saves into one flags variable: the second overwrites the flags of the first, so
//   the outer restore restores the state with IRQs off.
// kernel: refuses: "expected uninitialized irq flag"
#include "common.h"

SEC("syscall")
int region_irq_save_same_slot_twice(void *ctx)
{
	unsigned long flags;

	bpf_local_irq_save(&flags);
	bpf_local_irq_save(&flags);
	bpf_local_irq_restore(&flags);
	bpf_local_irq_restore(&flags);
	return 0;
}
