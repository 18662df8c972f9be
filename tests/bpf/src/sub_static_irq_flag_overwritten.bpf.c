// expect: sub_static_irq_flag_overwritten: violation regions-balanced
//   A static helper saves IRQ flags into the caller's variable, which the caller then overwrites
//   before restoring it.
// kernel: refuses: "expected an initialized irq flag as arg#0"
#include "common.h"

static __noinline void irq_off(unsigned long *flags)
{
	bpf_local_irq_save(flags);
}

SEC("syscall")
int sub_static_irq_flag_overwritten(u64 *ctx)
{
	unsigned long flags;

	irq_off(&flags);
	flags = ctx[0];
	bpf_local_irq_restore(&flags);
	return 0;
}
