// expect: region_irq_copy_after: safe
//   The IRQ-disabled section is closed before the copy.
// kernel: loads
#include "common.h"

SEC("uprobe.s")
int region_irq_copy_after(struct pt_regs *ctx)
{
	unsigned long flags;
	char buf[16];
	u64 t;

	bpf_local_irq_save(&flags);
	t = bpf_ktime_get_ns();
	bpf_local_irq_restore(&flags);
	bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	return buf[0] + (t & 1);
}
