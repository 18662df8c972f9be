// expect: region_irq_flags_loop_slots: safe
//   A loop the compiler keeps saves IRQ flags into slot i of an array and restores them before the
//   next iteration: the offset is computed, but on each path the verifier walks, i is one number it
//   knows; the copy follows the loop.
// kernel: loads
#include "common.h"

struct args {
	u64 uptr;
};

SEC("syscall")
int region_irq_flags_loop_slots(struct args *ctx)
{
	unsigned long flags[4] = {};
	u64 w = 0;

#pragma nounroll
	for (int i = 0; i < 4; i++) {
		bpf_local_irq_save(&flags[i]);
		w += bpf_ktime_get_ns();
		bpf_local_irq_restore(&flags[i]);
	}
	bpf_copy_from_user(&w, sizeof(w), (void *)ctx->uptr);
	return w & 1;
}
