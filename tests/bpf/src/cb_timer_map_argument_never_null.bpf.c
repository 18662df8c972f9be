// expect: cb_timer_map_argument_never_null: safe
//   A tc program arms a bpf_timer whose callback copies from user memory only when its map
//   argument is NULL. The kernel calls it with the map, the key and the value, none of them NULL,
//   and the verifier drops the copy as dead code.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct timer_val);
} timers SEC(".maps");

static int on_timer(void *map, u32 *key, struct timer_val *v)
{
	char buf[8];

	if (!map)
		bpf_copy_from_user(buf, sizeof(buf), (void *)0x1000);
	return 0;
}

SEC("tc")
int cb_timer_map_argument_never_null(struct __sk_buff *skb)
{
	u32 k = 0;
	struct timer_val *v = bpf_map_lookup_elem(&timers, &k);

	if (!v)
		return 0;
	bpf_timer_init(&v->timer, &timers, 1 /* CLOCK_MONOTONIC */);
	bpf_timer_set_callback(&v->timer, on_timer);
	bpf_timer_start(&v->timer, 1000000, 0);
	return 0;
}
