// expect: region_irq_flags_walk_from_input: violation kernel-contract irq-flag-offset
//   A pointer into a four-slot flags array starts at a slot the caller's argument picks, and a
//   loop saves and restores IRQs through it twice, stepping one slot each time: each run names
//   whole slots, but where the walk starts is not one offset the verifier knows.
// kernel: refuses: "irq_flag has to be at a constant offset"
#include "common.h"

struct args {
	u32 first;
	u64 uptr;
};

SEC("syscall")
int region_irq_flags_walk_from_input(struct args *ctx)
{
	unsigned long flags[4] = {};
	unsigned long *p = &flags[ctx->first & 1];
	u64 w = 0;

#pragma clang loop unroll(disable)
	for (int k = 0; k < 2; k++) {
		bpf_local_irq_save(p);
		w += bpf_ktime_get_ns();
		bpf_local_irq_restore(p);
		p++;
	}
	bpf_copy_from_user(&w, sizeof(w), (void *)ctx->uptr);
	return w & 1;
}
