// expect: region_irq_flag_overwritten: violation regions-balanced
//   One byte of the saved IRQ flags is written while interrupts are off: the verifier then holds the
//   slot as plain data and refuses the restore, and the flags restored would not be the ones saved.
// kernel: refuses: "expected an initialized irq flag as arg#0"
#include "common.h"

SEC("tc")
int region_irq_flag_overwritten(struct __sk_buff *ctx)
{
	unsigned long flags;

	bpf_local_irq_save(&flags);
	*(((volatile char *)&flags) + 7) = 1;
	bpf_local_irq_restore(&flags);
	return 0;
}
