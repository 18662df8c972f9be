// expect: sub_static_irq_flag_zeroed_at_index: violation regions-balanced
//   A static helper zeroes one word of the caller's array through an index it is handed; the
//   caller calls it twice, with two indexes, so clang keeps the index an argument; the second
//   time it hands it the index of the word that holds IRQ flags still saved. The restore then
//   restores zeroed flags (interrupts stay off) and the kernel refuses it.
// kernel: refuses: "expected an initialized irq flag"
#include "common.h"

static __noinline void zero_word(unsigned long *words, int at)
{
	words[at] = 0;
}

SEC("syscall")
int sub_static_irq_flag_zeroed_at_index(void *ctx)
{
	unsigned long words[2];

	zero_word(words, 1);
	bpf_local_irq_save(&words[0]);
	zero_word(words, 0);
	bpf_local_irq_restore(&words[0]);
	return words[1];
}
