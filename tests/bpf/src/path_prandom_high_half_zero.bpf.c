// expect: path_prandom_high_half_zero: safe
//   A kprobe calls bpf_get_prandom_u32 and copies from user memory only when the high half of its
//   result is not zero. The helper returns a 32-bit value, so the copy is dead; the verifier takes
//   the result as any 64-bit value (its proto is RET_INTEGER) and refuses the program: lost
//   precision. The test is written in assembly, as C would fold it away.
// kernel: refuses (lost precision: the result is any 64-bit value to it): "helper call might sleep in a
//   non-sleepable prog"
#include "common.h"

SEC("kprobe/do_nanosleep")
__attribute__((naked)) int path_prandom_high_half_zero(void)
{
	asm volatile(
		"call %[prandom];"
		"r0 >>= 32;"
		"if r0 == 0 goto 1f;"
		"r1 = r10;"
		"r1 += -8;"
		"r2 = 8;"
		"r3 = 0;"
		"call %[copy];"
		"1:"
		"r0 = 0;"
		"exit;"
		:
		: [prandom] "i"(BPF_FUNC_get_prandom_u32), [copy] "i"(BPF_FUNC_copy_from_user)
		: "memory");
}
