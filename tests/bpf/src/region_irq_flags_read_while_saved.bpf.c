// expect: region_irq_flags_read_while_saved: violation kernel-contract
//   The program reads the IRQ flags bpf_local_irq_save stored, before restoring them. The verifier
//   keeps saved flags as a stack slot of their own kind, which only bpf_local_irq_restore may read.
// kernel: refuses: "invalid read from stack off -8+0 size 8"
#include "common.h"

SEC("syscall")
int region_irq_flags_read_while_saved(void *ctx)
{
	unsigned long flags;
	int enabled;

	bpf_local_irq_save(&flags);
	enabled = (*(volatile unsigned long *)&flags >> 9) & 1;
	bpf_local_irq_restore(&flags);
	return enabled;
}
