// expect: cb_loop_callback_chosen_copies: violation no-sleep-in-atomic
//   One bpf_loop call inside an RCU section runs the callback the input chooses: the copying one
//   where the second argument is 3. clang makes one call of the two, passing the callback in a
//   register chosen before it.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
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
int cb_loop_callback_chosen_copies(struct pt_regs *ctx)
{
	void *callback = PT_REGS_PARM2(ctx) == 3 ? (void *)copy_one : (void *)count_one;

	asm volatile("" : "+r"(callback));
	bpf_rcu_read_lock();
	bpf_loop(1, callback, NULL, 0);
	bpf_rcu_read_unlock();
	return 0;
}
