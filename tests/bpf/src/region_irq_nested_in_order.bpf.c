// expect: region_irq_nested_in_order: safe
//   Two IRQ saves restored in LIFO order, then a blocking copy.
// kernel: loads
#include "common.h"

SEC("uprobe.s")
int region_irq_nested_in_order(struct pt_regs *ctx)
{
	unsigned long outer, inner;
	char buf[16];

	bpf_local_irq_save(&outer);
	bpf_local_irq_save(&inner);
	bpf_local_irq_restore(&inner);
	bpf_local_irq_restore(&outer);
	bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	return buf[0];
}
