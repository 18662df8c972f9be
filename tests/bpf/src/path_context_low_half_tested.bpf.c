// expect: path_context_low_half_tested: violation no-sleep-in-atomic
//   A kprobe copies from user memory when the low 32 bits of its context pointer are not 0. The
//   pt_regs a kprobe gets lie on a kernel stack, never on a 4 GiB boundary, so the copy runs; the
//   verifier cannot decide the test on a context pointer, follows both branches and refuses.
// kernel: refuses
#include "common.h"

SEC("kprobe/do_sys_openat2")
int path_context_low_half_tested(struct pt_regs *ctx)
{
	asm volatile("if w1 == 0 goto 1f;"
		     "r1 = r10;"
		     "r1 += -8;"
		     "r2 = 8;"
		     "r3 = 0;"
		     "call %[copy];"
		     "1:"
		     :: [copy]"i"(BPF_FUNC_copy_from_user)
		     : "r0", "r1", "r2", "r3", "r4", "r5");
	return 0;
}
