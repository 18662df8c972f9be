// expect: path_map_pointer_low_half_tested: violation no-sleep-in-atomic
//   A kprobe tests the low 32 bits of a map's address (`if w1 == 0`) and copies from user memory
//   when they are not 0. A map is a kernel object: its address, low half included, is never 0,
//   and the verifier decides the test so, then refuses the copy in a non-sleepable program.
// kernel: refuses
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, u64);
} slots SEC(".maps");

SEC("kprobe/do_sys_openat2")
int path_map_pointer_low_half_tested(struct pt_regs *ctx)
{
	asm volatile("r1 = %[map] ll;"
		     "if w1 == 0 goto 1f;"
		     "r1 = r10;"
		     "r1 += -8;"
		     "r2 = 8;"
		     "r3 = 0;"
		     "call %[copy];"
		     "1:"
		     :: [map]"i"(&slots), [copy]"i"(BPF_FUNC_copy_from_user)
		     : "r0", "r1", "r2", "r3", "r4", "r5");
	return 0;
}
