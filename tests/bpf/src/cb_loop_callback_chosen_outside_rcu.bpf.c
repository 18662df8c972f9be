// expect: cb_loop_callback_chosen_outside_rcu: safe
//   The input chooses the callback of one bpf_loop call, and the RCU section around it is opened
//   only where it chooses the one that does not copy.
// kernel: loads
#include "common.h"

static long copy_one(u64 index, void *ctx)
{
	u64 word = 0;

	bpf_copy_from_user(&word, sizeof(word), (void *)index);
	return word != 0;
}

static long count_one(u64 index, void *ctx)
{
	return 0;
}

SEC("uprobe.s")
int cb_loop_callback_chosen_outside_rcu(struct pt_regs *ctx)
{
	u64 choice = PT_REGS_PARM2(ctx);
	void *callback = choice == 3 ? (void *)copy_one : (void *)count_one;

	asm volatile("" : "+r"(callback));
	if (choice != 3)
		bpf_rcu_read_lock();
	bpf_loop(1, callback, NULL, 0);
	if (choice != 3)
		bpf_rcu_read_unlock();
	return 0;
}
