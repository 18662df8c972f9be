// expect: region_irq_flags_filled_by_helper: violation regions-balanced
//   While IRQ flags are saved, a helper fills the buffer that holds them (bpf_probe_read_kernel
//   into a two-word array whose first word is the flags): the restore then restores other bytes.
// kernel: refuses: "expected an initialized irq flag"
#include "common.h"

SEC("syscall")
int region_irq_flags_filled_by_helper(u64 *ctx)
{
	unsigned long words[2] = {};

	bpf_local_irq_save(&words[0]);
	bpf_probe_read_kernel(words, sizeof(words), (void *)ctx[0]);
	bpf_local_irq_restore(&words[0]);
	return words[1] & 1;
}
