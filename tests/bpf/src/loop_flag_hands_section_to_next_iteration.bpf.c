// expect: loop_flag_hands_section_to_next_iteration: safe
//   A walk of up to 1,000 user list nodes: a hot node opens an RCU section that the next iteration
//   (or the code after the loop) closes, and a flag says whether it is open. Each copy runs with the
//   section closed. Past any unrolling bound, the proof needs the flag's value at the loop head in
//   each context state: 1 where the section is open, 0 where it is not.
// kernel: loads
#include "common.h"

struct list_node {
	u64 next;
	u64 hot;
};

SEC("uprobe.s")
int loop_flag_hands_section_to_next_iteration(struct pt_regs *ctx)
{
	struct list_node n;
	u64 cur = PT_REGS_PARM1(ctx);
	int locked = 0;

	for (int i = 0; i < 1000; i++) {
		if (locked) {
			bpf_rcu_read_unlock();
			locked = 0;
		}
		if (bpf_copy_from_user(&n, sizeof(n), (void *)cur))
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
