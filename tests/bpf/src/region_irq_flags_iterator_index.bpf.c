// expect: region_irq_flags_iterator_index: violation kernel-contract irq-flag-offset
//   A numbers iterator walks four flag slots and saves and restores IRQs in each,
//   indexed by the iterator's value: every run names one slot per iteration, but the verifier
//   knows the value only as the range the loop checks, so the offset is not one it knows.
// kernel: refuses: "irq_flag has to be at a constant offset"
#include "common.h"

struct args {
	u64 uptr;
};

SEC("syscall")
int region_irq_flags_iterator_index(struct args *ctx)
{
	unsigned long flags[4] = {};
	u64 w = 0;
	struct bpf_iter_num it;
	int *i;

	bpf_iter_num_new(&it, 0, 4);
	while ((i = bpf_iter_num_next(&it)) && *i >= 0 && *i < 4) {
		bpf_local_irq_save(&flags[*i]);
		w += bpf_ktime_get_ns();
		bpf_local_irq_restore(&flags[*i]);
	}
	bpf_iter_num_destroy(&it);
	bpf_copy_from_user(&w, sizeof(w), (void *)ctx->uptr);
	return w & 1;
}
