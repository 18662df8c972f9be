// expect: cb_timer_armed_off_by_rodata: safe
//   A feature switch in .rodata (const volatile, false as the object ships) guards the arming of
//   a timer whose callback would copy from user memory. With the object's values the arming is
//   dead code: the kernel never verifies the callback, and it never runs.
// kernel: loads
#include "common.h"

const volatile bool arm_fetch = false;

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct timer_val);
} timers SEC(".maps");

static int fetch(void *map, u32 *key, struct timer_val *v)
{
	u64 w = 0;

	bpf_copy_from_user(&w, sizeof(w), (void *)v->x);
	v->x = w;
	return 0;
}

SEC("tc")
int cb_timer_armed_off_by_rodata(struct __sk_buff *skb)
{
	u32 k = 0;
	struct timer_val *t;

	if (!arm_fetch)
		return 0;
	t = bpf_map_lookup_elem(&timers, &k);
	if (!t)
		return 0;
	bpf_timer_init(&t->timer, &timers, 1 /* CLOCK_MONOTONIC */);
	bpf_timer_set_callback(&t->timer, fetch);
	bpf_timer_start(&t->timer, 1000, 0);
	return 0;
}
