// expect: loop_flag_loop_entered_in_its_middle: safe
//   The hand-over walk of loop_flag_hands_section_to_next_iteration with a task field read inside
//   the section and a sum kept in a global: clang enters the loop in its middle and keeps the
//   flag inverted, so the targets of its backward jumps hold different flag values in one context
//   state; the head a walk from the entry cuts at holds one value in each.
// kernel: loads
#include "common.h"

struct list_node {
	u64 next;
	u32 hot;
	u32 val;
};

u64 sum;

SEC("uprobe.s")
int BPF_KPROBE(loop_flag_loop_entered_in_its_middle, u64 head)
{
	struct list_node n;
	struct task_struct *task = bpf_get_current_task_btf();
	u64 cur = head;
	int locked = 0;

	for (int i = 0; i < 1000; i++) {
		if (locked) {
			bpf_rcu_read_unlock();
			locked = 0;
		}
		if (!cur)
			break;
		if (bpf_copy_from_user(&n, sizeof(n), (void *)cur))
			break;
		sum += n.val;
		if (n.hot) {
			bpf_rcu_read_lock();
			locked = 1;
			sum += task->real_parent->tgid;
		}
		cur = n.next;
	}
	if (locked)
		bpf_rcu_read_unlock();
	return 0;
}
