// expect: map_wq_in_tracepoint: violation admissible
//   A tracepoint program reading a counter beside a bpf_wq in the same map value: the kernel
//   refuses maps holding a bpf_wq to tracing programs, as it does maps holding a lock.
// kernel: refuses: "tracing progs cannot use bpf_wq yet"
#include "common.h"

struct queued {
	struct bpf_wq work;
	u64 pending;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct queued);
} queue SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_openat")
int map_wq_in_tracepoint(void *ctx)
{
	u32 zero = 0;
	struct queued *v = bpf_map_lookup_elem(&queue, &zero);

	return v ? v->pending & 1 : 0;
}
