// expect: sub_static_irq_flag_beside_index: safe
//   As sub_static_irq_flag_zeroed_at_index, but the index handed to the helper is the word beside
//   the saved IRQ flags: the flags are restored as saved.
// kernel: loads
#include "common.h"

static __noinline void zero_word(unsigned long *words, int at)
{
	words[at] = 0;
}

SEC("syscall")
int sub_static_irq_flag_beside_index(void *ctx)
{
	unsigned long words[2];

	zero_word(words, 0);
	bpf_local_irq_save(&words[0]);
	zero_word(words, 1);
	bpf_local_irq_restore(&words[0]);
	return words[1];
}
