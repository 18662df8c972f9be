// expect: cb_timer_choice_never_copies: safe
//   The timer callback is chosen by the packet length: a copying one when len & 15 exceeds 20,
//   which never happens, else a counting one. clang arms both through one call, the callback
//   picked in R2; only the counting callback is ever armed.
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

static int count(void *map, u32 *key, struct timer_val *v)
{
	v->x++;
	return 0;
}

static __always_inline void arm(void *cb)
{
	u32 k = 0;
	struct timer_val *t = bpf_map_lookup_elem(&timers, &k);

	if (!t)
		return;
	bpf_timer_init(&t->timer, &timers, 1 /* CLOCK_MONOTONIC */);
	bpf_timer_set_callback(&t->timer, cb);
	bpf_timer_start(&t->timer, 1000, 0);
}

SEC("tc")
int cb_timer_choice_never_copies(struct __sk_buff *skb)
{
	u32 len = skb->len & 15;

	opaque(len);
	if (len > 20)
		arm(fetch);
	else
		arm(count);
	return 0;
}
