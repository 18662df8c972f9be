// expect: region_irq_copy_inside: violation no-sleep-in-atomic
//   bpf_copy_from_user with local interrupts disabled.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in IRQ-disabled region"
#include "common.h"

SEC("uprobe.s")
int region_irq_copy_inside(struct pt_regs *ctx)
{
	unsigned long flags;
	char buf[16];

	bpf_local_irq_save(&flags);
	bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	bpf_local_irq_restore(&flags);
	return buf[0];
}
