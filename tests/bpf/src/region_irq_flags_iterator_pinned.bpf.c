// expect: region_irq_flags_iterator_pinned: safe
//   The same walk, but the flags' slot is the iterator's value shifted right by two: the loop
//   checks the value lies in [0, 3], so the shift names the first slot on every run, and the
//   verifier, which knows the range it checked, knows the offset too. The sleeping copy runs
//   after the loop with IRQs restored.
// kernel: loads
#include "common.h"

struct args {
	u64 uptr;
};

SEC("syscall")
int region_irq_flags_iterator_pinned(struct args *ctx)
{
	unsigned long flags[4] = {};
	u64 w = 0;
	struct bpf_iter_num it;
	int *i;

	bpf_iter_num_new(&it, 0, 4);
	while ((i = bpf_iter_num_next(&it))) {
		int v = *i;

		if (v < 0 || v > 3)
			break;
		asm volatile("" : "+r"(v)); /* the compiler forgets the range; the verifier does not */
		bpf_local_irq_save(&flags[v >> 2]);
		w += bpf_ktime_get_ns();
		bpf_local_irq_restore(&flags[v >> 2]);
	}
	bpf_iter_num_destroy(&it);
	bpf_copy_from_user(&w, sizeof(w), (void *)ctx->uptr);
	return w & 1;
}
