// expect: map_perf_event_array_kprobe: safe
//   The same perf_event_array output from a non-sleepable kprobe: allowed, nothing blocks.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
	__uint(key_size, sizeof(u32));
	__uint(value_size, sizeof(u32));
} events SEC(".maps");

SEC("kprobe/do_sys_openat2")
int map_perf_event_array_kprobe(struct pt_regs *ctx)
{
	u64 ip = PT_REGS_IP(ctx);

	bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, &ip, sizeof(ip));
	return 0;
}
