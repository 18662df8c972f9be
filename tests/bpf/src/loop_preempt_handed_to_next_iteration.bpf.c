// expect: loop_preempt_handed_to_next_iteration: safe
//   loop_flag_hands_section_to_next_iteration with preemption for RCU: a hot node disables it and
//   the next iteration enables it again before its copy. Preemption nests, so the pre-pass keeps
//   the repeated disable as one opening, and the flag at the loop head proves every copy runs with
//   preemption enabled.
// kernel: loads
#include "common.h"

struct list_node {
	u64 next;
	u64 hot;
};

SEC("uprobe.s")
int loop_preempt_handed_to_next_iteration(struct pt_regs *ctx)
{
	struct list_node n;
	u64 cur = PT_REGS_PARM1(ctx);
	int disabled = 0;

	for (int i = 0; i < 1000; i++) {
		if (disabled) {
			bpf_preempt_enable();
			disabled = 0;
		}
		if (bpf_copy_from_user(&n, sizeof(n), (void *)cur))
			break;
		if (n.hot) {
			bpf_preempt_disable();
			disabled = 1;
		}
		cur = n.next;
	}
	if (disabled)
		bpf_preempt_enable();
	return 0;
}
