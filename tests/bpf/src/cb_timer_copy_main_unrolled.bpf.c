// expect: cb_timer_copy_main_unrolled: violation no-sleep-in-atomic
//   A sleepable syscall program whose loop toggles preemption (so the path-insensitive
//   pre-pass cannot bound the preemption depth and the program is checked unrolled) also
//   arms a bpf_timer; the timer callback runs in softirq context and calls
//   bpf_copy_from_user. The callback must be checked although the program's pre-pass gave up.
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
int cb_timer_copy_main_unrolled(u64 *ctx)
{
	struct bpf_iter_num it;
	bool held = false;
	u32 k = 0;
	struct timer_val *v;
	int *i;

	bpf_iter_num_new(&it, 0, ctx[0] & 7);
	while ((i = bpf_iter_num_next(&it))) {
		if (held) {
			bpf_preempt_enable();
			held = false;
		} else {
			bpf_preempt_disable();
			held = true;
		}
	}
	bpf_iter_num_destroy(&it);
	if (held)
		bpf_preempt_enable();
	v = bpf_map_lookup_elem(&timers, &k);
	if (!v)
		return 0;
	bpf_timer_init(&v->timer, &timers, 1 /* CLOCK_MONOTONIC */);
	bpf_timer_set_callback(&v->timer, on_timer);
	bpf_timer_start(&v->timer, 1000, 0);
	return 0;
}
