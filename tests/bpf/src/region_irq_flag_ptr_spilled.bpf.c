// expect: region_irq_flag_ptr_spilled: violation regions-balanced
//   The second save gets its flags through a pointer kept in a stack variable (spilled and filled
//   back); the restores then run first-in first-out, out of order.
// kernel: refuses: "cannot restore irq state out of order"
#include "common.h"

SEC("syscall")
int region_irq_flag_ptr_spilled(void *ctx)
{
	unsigned long outer, inner;
	unsigned long *volatile where = &inner;

	bpf_local_irq_save(&outer);
	bpf_local_irq_save(where);
	bpf_local_irq_restore(&outer);
	bpf_local_irq_restore(&inner);
	return 0;
}
