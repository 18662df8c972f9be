// expect: region_irq_flags_array_fifo: violation regions-balanced
//   IRQ flags kept in a stack array, saved at slots 0 and 1 and restored through an index the
//   code computes (first slot 0, then slot 1): the first restore is not the most recent save's,
//   so IRQs stay disabled after both, and the copy that follows runs with them off.
// kernel: refuses: "cannot restore irq state out of order"
#include "common.h"

SEC("syscall")
int region_irq_flags_array_fifo(void *ctx)
{
	unsigned long flags[2];
	char s[16];
	int i, depth = 0;

	bpf_local_irq_save(&flags[0]);
	bpf_local_irq_save(&flags[1]);
	opaque(depth);
	for (i = 0; i < 2; i++)
		bpf_local_irq_restore(&flags[(depth + i) & 1]);
	bpf_copy_from_user_str(s, sizeof(s), ctx, 0);
	return s[0] & 1;
}
