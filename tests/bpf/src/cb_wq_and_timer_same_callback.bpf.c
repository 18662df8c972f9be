// expect: cb_wq_and_timer_same_callback: violation no-sleep-in-atomic
//   One callback is armed twice: first as a bpf_wq callback (sleepable), then as a bpf_timer
//   callback (atomic). It copies from user memory, which is fine in the workqueue and sleeps in
//   softirq context under the timer: the callback is checked in both contexts.
// kernel: refuses: "helper call might sleep in a non-sleepable prog"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct wq_val);
} works SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct timer_val);
} timers SEC(".maps");

static int fetch(void *map, int *key, void *value)
{
	u64 w = 0;

	bpf_copy_from_user(&w, sizeof(w), (void *)*(u64 *)(value + 16));
	return 0;
}

SEC("tc")
int cb_wq_and_timer_same_callback(struct __sk_buff *skb)
{
	u32 k = 0;
	struct wq_val *v = bpf_map_lookup_elem(&works, &k);
	struct timer_val *t;

	if (!v)
		return 0;
	if (bpf_wq_init(&v->wq, &works, 0))
		return 0;
	if (bpf_wq_set_callback_impl(&v->wq, fetch, 0, NULL))
		return 0;
	bpf_wq_start(&v->wq, 0);
	t = bpf_map_lookup_elem(&timers, &k);
	if (!t)
		return 0;
	bpf_timer_init(&t->timer, &timers, 1 /* CLOCK_MONOTONIC */);
	bpf_timer_set_callback(&t->timer, (void *)fetch);
	bpf_timer_start(&t->timer, 1000, 0);
	return 0;
}
