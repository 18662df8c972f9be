// expect: region_irq_flags_branch_pick: safe
//   IRQ flags saved into one of two slots, picked by a branch on the caller's argument: the index
//   differs between runs, but on each way through the branch it is one number, which the
//   verifier, following each way on its own, knows. The sleeping copy runs after the restore.
// kernel: loads
#include "common.h"

struct args {
	u32 queue;
	u64 uptr;
};

SEC("syscall")
int region_irq_flags_branch_pick(struct args *ctx)
{
	unsigned long flags[2] = {};
	u64 w = 0, j;

	if (ctx->queue == 5)
		j = 1;
	else
		j = 0;
	asm volatile("" : "+r"(j)); /* keep the index a register the code computes */
	bpf_local_irq_save(&flags[j]);
	w = bpf_ktime_get_ns();
	bpf_local_irq_restore(&flags[j]);
	bpf_copy_from_user(&w, sizeof(w), (void *)ctx->uptr);
	return w & 1;
}
