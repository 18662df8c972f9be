// expect: region_irq_flags_misaligned: violation kernel-contract irq-flag-slot
//   IRQ flags saved four bytes into a buffer on the stack: a known offset, but not an 8-byte slot,
//   and the verifier keeps IRQ flags only in whole slots.
// kernel: refuses: "cannot pass in irq_flag at an offset"
#include "common.h"

struct args {
	u64 uptr;
};

SEC("syscall")
int region_irq_flags_misaligned(struct args *ctx)
{
	char buf[24] = {};
	unsigned long *flags = (unsigned long *)(buf + 4);
	u64 w = 0;

	bpf_local_irq_save(flags);
	w = bpf_ktime_get_ns();
	bpf_local_irq_restore(flags);
	bpf_copy_from_user(&w, sizeof(w), (void *)ctx->uptr);
	return w & 1;
}
