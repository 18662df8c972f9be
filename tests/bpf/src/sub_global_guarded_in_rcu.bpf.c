// expect: sub_global_guarded_in_rcu: violation kernel-contract global-may-sleep
//   The global function copies only when its flag argument is non-zero; inside the RCU section
//   the caller passes 0, so nothing blocks there. The kernel summarises the function as "may
//   sleep" whatever its arguments and refuses the call in the section.
// kernel: refuses: "global functions that may sleep are not allowed in non-sleepable context, i.e., in a RCU/IRQ/preempt-disabled section, or in a non-sleepable BPF program context" (three log lines)
#include "common.h"

__noinline u64 maybe_fetch(u64 uptr, u32 do_copy)
{
	u64 w = 0;

	if (do_copy)
		bpf_copy_from_user(&w, sizeof(w), (void *)uptr);
	return w + uptr;
}

SEC("uprobe.s")
int sub_global_guarded_in_rcu(struct pt_regs *ctx)
{
	u64 a, b;

	a = maybe_fetch(PT_REGS_PARM1(ctx), 1);
	bpf_rcu_read_lock();
	b = maybe_fetch(PT_REGS_PARM2(ctx), 0);
	bpf_rcu_read_unlock();
	return (a + b) & 0xff;
}
