// expect: loop_iter_num_in_preempt: violation no-sleep-in-atomic
//   The open-coded iterator loop runs with preemption disabled and copies in its body.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in non-preemptible region"
#include "common.h"

SEC("uprobe.s")
int loop_iter_num_in_preempt(struct pt_regs *ctx)
{
	const char *p = (const char *)PT_REGS_PARM1(ctx);
	struct bpf_iter_num it;
	u64 sum = 0;
	int *i;

	bpf_preempt_disable();
	bpf_iter_num_new(&it, 0, 16);
	while ((i = bpf_iter_num_next(&it))) {
		u64 w = 0;

		bpf_copy_from_user(&w, sizeof(w), p + 8 * (*i & 15));
		sum += w;
	}
	bpf_iter_num_destroy(&it);
	bpf_preempt_enable();
	return sum & 0xff;
}
