// expect: sub_global_irq_flags_argument: violation kernel-contract irq-flag-slot
//   A global function saves IRQ flags through the pointer its caller passes (the caller's stack):
//   the verifier checks the function alone, where the pointer is memory it knows nothing of, not a
//   stack slot, and refuses the save.
// kernel: refuses: "doesn't point to an irq flag on stack"
#include "common.h"

struct args {
	u64 uptr;
};

__noinline int save_flags(unsigned long *flags)
{
	if (!flags)
		return 0;
	bpf_local_irq_save(flags);
	bpf_local_irq_restore(flags);
	return 1;
}

SEC("syscall")
int sub_global_irq_flags_argument(struct args *ctx)
{
	unsigned long flags = 0;
	u64 w = 0;

	save_flags(&flags);
	bpf_copy_from_user(&w, sizeof(w), (void *)ctx->uptr);
	return w & 1;
}
