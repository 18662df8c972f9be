// expect: cb_timer_global_arm_dead_call: safe
//   A global function arms a timer whose callback copies from user memory; the program calls it
//   only when len & 7 exceeds 9, which never happens. The kernel verifies a global function only
//   where a call of it is reached, so it never sees the arming, and the callback never runs.
// kernel: loads
#include "common.h"

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

__noinline int arm_fetch(u32 k)
{
	struct timer_val *t = bpf_map_lookup_elem(&timers, &k);

	if (!t)
		return 0;
	bpf_timer_init(&t->timer, &timers, 1 /* CLOCK_MONOTONIC */);
	bpf_timer_set_callback(&t->timer, fetch);
	bpf_timer_start(&t->timer, 1000, 0);
	return 1;
}

SEC("tc")
int cb_timer_global_arm_dead_call(struct __sk_buff *skb)
{
	u32 len = skb->len & 7;

	opaque(len);
	if (len > 9)
		return arm_fetch(len);
	return 0;
}
