// expect: region_irq_flags_static_byte_offset: violation kernel-contract irq-flag-slot
//   A static helper saves IRQ flags at a byte offset its caller passes as a number, four: the
//   offset is one number on every run, but not an 8-byte slot, and the verifier keeps IRQ flags
//   only in whole slots.
// kernel: refuses: "cannot pass in irq_flag at an offset"
#include "common.h"

struct args {
	u64 uptr;
};

static __noinline void save_at(char *base, int off)
{
	bpf_local_irq_save((unsigned long *)(base + off));
}

static __noinline void restore_at(char *base, int off)
{
	bpf_local_irq_restore((unsigned long *)(base + off));
}

SEC("syscall")
int region_irq_flags_static_byte_offset(struct args *ctx)
{
	unsigned long flags[3] = {};
	u64 w = 0;

	save_at((char *)flags, 4);
	w = bpf_ktime_get_ns();
	restore_at((char *)flags, 4);
	bpf_copy_from_user(&w, sizeof(w), (void *)ctx->uptr);
	return w & 1;
}
