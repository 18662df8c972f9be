// expect: map_timer_in_kprobe: violation admissible
//   A kprobe program that only counts in a map whose value also holds a bpf_timer: the kernel
//   refuses such maps to tracing programs whether or not the timer is used.
// kernel: refuses: "tracing progs cannot use bpf_timer yet"
#include "common.h"

struct timed {
	struct bpf_timer t;
	u64 hits;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct timed);
} timers SEC(".maps");

SEC("kprobe/do_sys_openat2")
int map_timer_in_kprobe(struct pt_regs *ctx)
{
	u32 zero = 0;
	struct timed *v = bpf_map_lookup_elem(&timers, &zero);

	if (v)
		__sync_fetch_and_add(&v->hits, 1);
	return 0;
}
