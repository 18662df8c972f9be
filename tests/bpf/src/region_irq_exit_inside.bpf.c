// expect: region_irq_exit_inside: violation regions-balanced
//   Returns with interrupts still disabled when the first argument is zero.
// kernel: refuses: "BPF_EXIT instruction in main prog cannot be used inside bpf_local_irq_save-ed region"
#include "common.h"

SEC("kprobe/do_sys_openat2")
int region_irq_exit_inside(struct pt_regs *ctx)
{
	unsigned long flags;

	bpf_local_irq_save(&flags);
	if (PT_REGS_PARM1(ctx) == 0)
		return 0;
	bpf_local_irq_restore(&flags);
	return 1;
}
