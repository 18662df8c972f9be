// expect: cb_loop_ctx_counts_beside_irq_flags: safe
//   bpf_loop's callback counts into a caller variable through its context pointer while the caller's
//   IRQ flags are saved: the flags' own word is never written, and the restore comes after the loop.
// kernel: loads
#include "common.h"

static long count(u64 index, void *ctx)
{
	*(u64 *)ctx += index;
	return 0;
}

SEC("syscall")
int cb_loop_ctx_counts_beside_irq_flags(void *ctx)
{
	unsigned long flags;
	u64 total = 0;

	bpf_local_irq_save(&flags);
	bpf_loop(4, count, &total, 0);
	bpf_local_irq_restore(&flags);
	return total;
}
