// expect: sub_global_copy_in_rcu: violation no-sleep-in-atomic
//   A global function that always copies, called inside an RCU section.
// kernel: refuses: "global functions that may sleep are not allowed in non-sleepable context, i.e., in a RCU/IRQ/preempt-disabled section, or in a non-sleepable BPF program context" (three log lines)
#include "common.h"

__noinline u64 fetch_word_global(u64 uptr)
{
	u64 w = 0;

	bpf_copy_from_user(&w, sizeof(w), (void *)uptr);
	return w;
}

SEC("uprobe.s")
int sub_global_copy_in_rcu(struct pt_regs *ctx)
{
	u64 w;

	bpf_rcu_read_lock();
	w = fetch_word_global(PT_REGS_PARM1(ctx));
	bpf_rcu_read_unlock();
	return w & 0xff;
}
