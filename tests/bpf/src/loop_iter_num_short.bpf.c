// expect: loop_iter_num_short: violation regions-balanced
//   As loop_iter_num_order, over 0 .. n-1 with n from the context: with n = 3 the section opens at
//   2 and the loop ends before 3 closes it.
// kernel: refuses: "BPF_EXIT instruction in main prog cannot be used inside bpf_rcu_read_lock-ed region"
#include "common.h"

SEC("uprobe.s")
int loop_iter_num_short(struct pt_regs *ctx)
{
	struct bpf_iter_num it;
	int *i;

	bpf_iter_num_new(&it, 0, PT_REGS_PARM2(ctx) & 7);
	while ((i = bpf_iter_num_next(&it))) {
		if (*i == 2)
			bpf_rcu_read_lock();
		if (*i == 3)
			bpf_rcu_read_unlock();
	}
	bpf_iter_num_destroy(&it);
	return 0;
}
