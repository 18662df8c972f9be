// expect: cb_timer_copy_from_sleepable: violation no-sleep-in-atomic
//   A sleepable syscall program arms a bpf_timer; the timer callback runs later in softirq
//   context (atomic) and calls bpf_copy_from_user. 6.18.0 and earlier verify the callback as
//   sleepable and load this; 6.18.44 has the async-callback fix.
// kernel: refuses: "helper call might sleep in a non-sleepable prog"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct timer_val);
} timers SEC(".maps");

static int on_timer(void *map, u32 *key, struct timer_val *v)
{
	u64 w = 0;

	bpf_copy_from_user(&w, sizeof(w), (void *)v->x);
	return 0;
}

SEC("syscall")
int cb_timer_copy_from_sleepable(void *ctx)
{
	u32 k = 0;
	struct timer_val *v = bpf_map_lookup_elem(&timers, &k);

	if (!v)
		return 0;
	bpf_timer_init(&v->timer, &timers, 1 /* CLOCK_MONOTONIC */);
	bpf_timer_set_callback(&v->timer, on_timer);
	bpf_timer_start(&v->timer, 1000, 0);
	return 0;
}
