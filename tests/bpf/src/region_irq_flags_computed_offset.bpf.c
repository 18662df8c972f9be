// expect: region_irq_flags_computed_offset: violation kernel-contract irq-flag-offset
//   IRQ flags saved into and restored from one slot of a four-slot array, picked by the caller's
//   argument: the save and its restore name the same bytes, but the verifier wants IRQ flags at a
//   stack offset it knows, and refuses both calls.
// kernel: refuses: "irq_flag has to be at a constant offset"
#include "common.h"

struct args {
	u32 slot;
	u64 uptr;
};

SEC("syscall")
int region_irq_flags_computed_offset(struct args *ctx)
{
	unsigned long flags[4] = {};
	u32 i = ctx->slot & 3;
	u64 w = 0;

	bpf_local_irq_save(&flags[i]);
	w = bpf_ktime_get_ns();
	bpf_local_irq_restore(&flags[i]);
	bpf_copy_from_user(&w, sizeof(w), (void *)ctx->uptr);
	return w & 1;
}
