// expect: path_map_value_offset_never_null: safe
//   A kprobe looks up a hash map, returns on NULL, advances the value pointer by 4 and tests it
//   for NULL again before a copy. A map element lies in the kernel's half of the address space,
//   so 4 bytes on it is never 0: the verifier decides the test (a map value pointer is not NULL,
//   whatever its offset) and drops the copy.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16);
	__type(key, u32);
	__type(value, u64);
} seen SEC(".maps");

SEC("kprobe/do_sys_openat2")
int path_map_value_offset_never_null(struct pt_regs *ctx)
{
	char buf[8];
	u32 key = 1;
	char *value = bpf_map_lookup_elem(&seen, &key);

	if (!value)
		return 0;
	value += 4;
	asm volatile("" : "+r"(value));	/* keep clang from folding the second test */
	if (!value)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	return 0;
}
