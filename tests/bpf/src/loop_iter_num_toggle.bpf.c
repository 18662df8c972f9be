// expect: loop_iter_num_toggle: safe
//   A flag carried across a numbers iterator's iterations says whether preemption is disabled; it
//   is toggled each time, the copy runs only while it is clear, and it is closed after the loop.
// kernel: loads
#include "common.h"

SEC("uprobe.s")
int loop_iter_num_toggle(struct pt_regs *ctx)
{
	struct bpf_iter_num it;
	bool held = false;
	u64 w = 0;
	int *i;

	bpf_iter_num_new(&it, 0, PT_REGS_PARM2(ctx) & 15);
	while ((i = bpf_iter_num_next(&it))) {
		if (!held)
			bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM1(ctx));
		if (held) {
			bpf_preempt_enable();
			held = false;
		} else {
			bpf_preempt_disable();
			held = true;
		}
	}
	bpf_iter_num_destroy(&it);
	if (held)
		bpf_preempt_enable();
	return w & 1;
}
