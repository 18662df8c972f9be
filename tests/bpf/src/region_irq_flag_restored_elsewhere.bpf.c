// expect: region_irq_flag_restored_elsewhere: violation regions-balanced
//   IRQ flags saved into one word of a stack array and restored from the word an index the
//   program computes names, which is the other word: those bytes hold no saved flags.
// kernel: refuses: "expected an initialized irq flag"
#include "common.h"

SEC("syscall")
int region_irq_flag_restored_elsewhere(void *ctx)
{
	unsigned long flags[2] = {};
	int at = 1;

	opaque(at);
	bpf_local_irq_save(&flags[0]);
	bpf_local_irq_restore(&flags[at & 1]);
	return 0;
}
