// expect: cb_loop_ctx_zeroes_saved_irq_flags: violation regions-balanced
//   bpf_loop hands its callback a pointer to the caller's IRQ flags, saved before the loop, and the
//   callback zeroes the word it points to: the restore after the loop restores zeros.
// kernel: refuses: "expected an initialized irq flag"
#include "common.h"

static long wipe(u64 index, void *ctx)
{
	*(unsigned long *)ctx = 0;
	return 1;
}

SEC("syscall")
int cb_loop_ctx_zeroes_saved_irq_flags(void *ctx)
{
	unsigned long flags;

	bpf_local_irq_save(&flags);
	bpf_loop(1, wipe, &flags, 0);
	bpf_local_irq_restore(&flags);
	return 0;
}
