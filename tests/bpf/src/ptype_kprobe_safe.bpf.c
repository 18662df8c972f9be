// expect: ptype_kprobe_safe: safe
//   A non-sleepable kprobe that makes only non-blocking calls (map lookup and update).
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, u32);
	__type(value, u64);
} opens SEC(".maps");

SEC("kprobe/do_sys_openat2")
int ptype_kprobe_safe(struct pt_regs *ctx)
{
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	u64 one = 1, *n;

	n = bpf_map_lookup_elem(&opens, &pid);
	if (n)
		__sync_fetch_and_add(n, 1);
	else
		bpf_map_update_elem(&opens, &pid, &one, BPF_ANY);
	return 0;
}
