// expect: loop_bpf_loop_zero_iterations: violation no-sleep-in-atomic
//   The callback closes the RCU section the caller opened, and the copy follows bpf_loop. With
//   nr_loops taken from the input it may be 0: then the section is still open at the copy.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

static long unlock_once(u64 i, void *unused)
{
	bpf_rcu_read_unlock();
	return 1;
}

SEC("uprobe.s")
int loop_bpf_loop_zero_iterations(struct pt_regs *ctx)
{
	u64 w = 0;

	bpf_rcu_read_lock();
	bpf_loop(PT_REGS_PARM1(ctx) & 1, unlock_once, NULL, 0);
	bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM2(ctx));
	return w & 1;
}
