// expect: loop_iter_num_safe: safe
//   An open-coded numeric iterator (bpf_iter_num_new/next/destroy) copies once per iteration.
// kernel: loads
#include "common.h"

SEC("uprobe.s")
int loop_iter_num_safe(struct pt_regs *ctx)
{
	const char *p = (const char *)PT_REGS_PARM1(ctx);
	struct bpf_iter_num it;
	u64 sum = 0;
	int *i;

	bpf_iter_num_new(&it, 0, 16);
	while ((i = bpf_iter_num_next(&it))) {
		u64 w = 0;

		bpf_copy_from_user(&w, sizeof(w), p + 8 * (*i & 15));
		sum += w;
	}
	bpf_iter_num_destroy(&it);
	return sum & 0xff;
}
