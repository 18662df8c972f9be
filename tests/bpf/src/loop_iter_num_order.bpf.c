// expect: loop_iter_num_order: violation kernel-contract any-run-count
//   A numbers iterator gives 0, 1, ... 5 in order: the section opens at 2 and closes at 3, so the
//   copy after the loop runs outside it. The verifier follows the loop as if the iterator may end at
//   any step (a kernel contract), so it sees the loop end just after the section opened.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

SEC("uprobe.s")
int loop_iter_num_order(struct pt_regs *ctx)
{
	struct bpf_iter_num it;
	u64 w = 0;
	int *i;

	bpf_iter_num_new(&it, 0, 6);
	while ((i = bpf_iter_num_next(&it))) {
		if (*i == 2)
			bpf_rcu_read_lock();
		if (*i == 3)
			bpf_rcu_read_unlock();
	}
	bpf_iter_num_destroy(&it);
	bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM1(ctx));
	return w & 1;
}
