// expect: cb_timer_safe_from_sleepable: safe
//   A sleepable syscall program copies from user memory itself and arms a timer whose callback
//   does not block.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct timer_val);
} timers SEC(".maps");

struct args {
	u64 uptr;
};

static int on_timer(void *map, u32 *key, struct timer_val *v)
{
	__sync_fetch_and_add(&v->x, 1);
	return 0;
}

SEC("syscall")
int cb_timer_safe_from_sleepable(struct args *ctx)
{
	u32 k = 0;
	struct timer_val *v = bpf_map_lookup_elem(&timers, &k);
	u64 w = 0;

	bpf_copy_from_user(&w, sizeof(w), (void *)ctx->uptr);
	if (!v)
		return 0;
	bpf_timer_init(&v->timer, &timers, 1 /* CLOCK_MONOTONIC */);
	bpf_timer_set_callback(&v->timer, on_timer);
	bpf_timer_start(&v->timer, w & 0xffff, 0);
	return 0;
}
