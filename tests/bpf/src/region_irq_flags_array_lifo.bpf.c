// expect: region_irq_flags_array_lifo: safe
//   As region_irq_flags_array_fifo, but the computed index walks the array down (slot 1, then
//   slot 0): each restore is the most recent save's, and the copy runs with IRQs back on.
// kernel: loads
#include "common.h"

SEC("syscall")
int region_irq_flags_array_lifo(void *ctx)
{
	unsigned long flags[2];
	char s[16];
	int i, depth = 0;

	bpf_local_irq_save(&flags[0]);
	bpf_local_irq_save(&flags[1]);
	opaque(depth);
	for (i = 0; i < 2; i++)
		bpf_local_irq_restore(&flags[(depth + 1 - i) & 1]);
	bpf_copy_from_user_str(s, sizeof(s), ctx, 0);
	return s[0] & 1;
}
