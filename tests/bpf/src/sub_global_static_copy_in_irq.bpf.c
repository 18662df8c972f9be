// expect: sub_global_static_copy_in_irq: violation no-sleep-in-atomic
//   A global function whose static callee copies, called with interrupts disabled.
// kernel: refuses: "global functions that may sleep are not allowed in non-sleepable context, i.e., in a RCU/IRQ/preempt-disabled section, or in a non-sleepable BPF program context" (three log lines)
#include "common.h"

static __noinline u64 fetch_word(u64 uptr)
{
	u64 w = 0;

	bpf_copy_from_user(&w, sizeof(w), (void *)uptr);
	return w;
}

__noinline u64 fetch_global(u64 uptr)
{
	return fetch_word(uptr) + 1;
}

SEC("uprobe.s")
int sub_global_static_copy_in_irq(struct pt_regs *ctx)
{
	unsigned long flags;
	u64 w;

	bpf_local_irq_save(&flags);
	w = fetch_global(PT_REGS_PARM1(ctx));
	bpf_local_irq_restore(&flags);
	return w & 0xff;
}
