// expect: region_irq_preempt_copy_after_both: safe
//   IRQ save inside a preempt-off section, both closed in LIFO order before the copy.
// kernel: loads
#include "common.h"

SEC("uprobe.s")
int region_irq_preempt_copy_after_both(struct pt_regs *ctx)
{
	unsigned long flags;
	char buf[8];

	bpf_preempt_disable();
	bpf_local_irq_save(&flags);
	bpf_local_irq_restore(&flags);
	bpf_preempt_enable();
	bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	return buf[0];
}
