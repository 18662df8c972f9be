// expect: region_irq_out_of_order: violation regions-balanced
//   Two IRQ saves restored in FIFO order: the first restore is not of the most recent save.
// kernel: refuses: "cannot restore irq state out of order, expected id=2 acquired at insn_idx=7"
#include "common.h"

SEC("kprobe/do_sys_openat2")
int region_irq_out_of_order(struct pt_regs *ctx)
{
	unsigned long outer, inner;

	bpf_local_irq_save(&outer);
	bpf_local_irq_save(&inner);
	bpf_local_irq_restore(&outer);
	bpf_local_irq_restore(&inner);
	return 0;
}
