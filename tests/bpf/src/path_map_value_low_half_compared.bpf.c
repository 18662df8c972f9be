// expect: path_map_value_low_half_compared: violation no-sleep-in-atomic
//   A kprobe copies from user memory when the low 32 bits of a found hash map value's address
//   are below 4096. Nothing bounds where the kernel put the element but that it is not NULL: the
//   verifier follows both branches and refuses, and a run may take the copy.
// kernel: refuses
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16);
	__type(key, u32);
	__type(value, u64);
} seen SEC(".maps");

SEC("kprobe/do_sys_openat2")
int path_map_value_low_half_compared(struct pt_regs *ctx)
{
	char buf[8];
	u32 key = 1;
	u64 *value = bpf_map_lookup_elem(&seen, &key);

	if (!value)
		return 0;
	asm volatile("r0 = %[value];"
		     "if w0 >= 4096 goto 1f;"
		     "r1 = r10;"
		     "r1 += -8;"
		     "r2 = 8;"
		     "r3 = 0;"
		     "call %[copy];"
		     "1:"
		     :: [value]"r"(value), [copy]"i"(BPF_FUNC_copy_from_user)
		     : "r0", "r1", "r2", "r3", "r4", "r5", "memory");
	return 0;
}
