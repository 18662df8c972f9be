// expect: map_perf_event_array_sleepable: violation admissible
//   A sleepable uprobe writing to a perf_event_array: not a map type sleepable programs may use.
// kernel: refuses: "Sleepable programs can only use array, hash, ringbuf and local storage maps"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
	__uint(key_size, sizeof(u32));
	__uint(value_size, sizeof(u32));
} events SEC(".maps");

SEC("uprobe.s")
int map_perf_event_array_sleepable(struct pt_regs *ctx)
{
	u64 ip = PT_REGS_IP(ctx);

	bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, &ip, sizeof(ip));
	return 0;
}
