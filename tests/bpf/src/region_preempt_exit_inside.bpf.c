// expect: region_preempt_exit_inside: violation regions-balanced
//   Exit with preemption disabled on the path where the map holds no entry.
// kernel: refuses: "BPF_EXIT instruction in main prog cannot be used inside bpf_preempt_disable-ed region"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16);
	__type(key, u32);
	__type(value, u64);
} seen SEC(".maps");

SEC("kprobe/do_sys_openat2")
int region_preempt_exit_inside(struct pt_regs *ctx)
{
	u32 k = 0;
	u64 *v;

	bpf_preempt_disable();
	v = bpf_map_lookup_elem(&seen, &k);
	if (!v)
		return 0;
	*v += 1;
	bpf_preempt_enable();
	return 0;
}
