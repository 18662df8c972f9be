// expect: blk_copy_from_user_task_in_irq: violation no-sleep-in-atomic
//   bpf_copy_from_user_task with interrupts disabled in a sleepable uprobe.
// kernel: refuses: "sleepable helper bpf_copy_from_user_task#191 in IRQ-disabled region"
#include "common.h"

SEC("uprobe.s")
int blk_copy_from_user_task_in_irq(struct pt_regs *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();
	unsigned long flags;
	u64 w = 0;

	bpf_local_irq_save(&flags);
	bpf_copy_from_user_task(&w, sizeof(w), (void *)PT_REGS_PARM1(ctx), task, 0);
	bpf_local_irq_restore(&flags);
	return w & 0xff;
}
