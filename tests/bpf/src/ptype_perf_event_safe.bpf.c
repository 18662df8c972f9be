// expect: ptype_perf_event_safe: safe
//   A perf_event sampling program counting stacks by id; nothing blocks.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_STACK_TRACE);
	__uint(max_entries, 128);
	__uint(key_size, sizeof(u32));
	__uint(value_size, 127 * sizeof(u64));
} stacks SEC(".maps");

SEC("perf_event")
int ptype_perf_event_safe(struct bpf_perf_event_data *ctx)
{
	return bpf_get_stackid(ctx, &stacks, 0) >= 0;
}
