// expect: loop_flag_hands_section_copy_first: violation no-sleep-in-atomic
//   As loop_flag_hands_section_to_next_iteration, but the next iteration copies the node before it
//   closes the section a hot node opened: the copy after a hot node runs inside it.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

struct list_node {
	u64 next;
	u64 hot;
};

SEC("uprobe.s")
int loop_flag_hands_section_copy_first(struct pt_regs *ctx)
{
	struct list_node n;
	u64 cur = PT_REGS_PARM1(ctx);
	int locked = 0;

	for (int i = 0; i < 1000; i++) {
		long failed = bpf_copy_from_user(&n, sizeof(n), (void *)cur);

		if (locked) {
			bpf_rcu_read_unlock();
			locked = 0;
		}
		if (failed)
			break;
		if (n.hot) {
			bpf_rcu_read_lock();
			locked = 1;
		}
		cur = n.next;
	}
	if (locked)
		bpf_rcu_read_unlock();
	return 0;
}
