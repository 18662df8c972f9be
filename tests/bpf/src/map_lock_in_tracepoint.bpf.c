// expect: map_lock_in_tracepoint: violation admissible
//   A tracepoint program that only reads a map whose value holds a bpf_spin_lock: the kernel
//   refuses such maps to tracing programs whether or not the lock is taken.
// kernel: refuses: "tracing progs cannot use bpf_spin_lock yet"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct locked_val);
} counters SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_openat")
int map_lock_in_tracepoint(void *ctx)
{
	u32 zero = 0;
	struct locked_val *v = bpf_map_lookup_elem(&counters, &zero);

	return v ? v->x & 1 : 0;
}
