// expect: cb_timer_unrolled_copy: violation no-sleep-in-atomic
//   A sleepable syscall program arms a bpf_timer whose callback toggles preemption in a loop
//   (its pre-pass gives up, so the callback is checked unrolled) and then calls
//   bpf_copy_from_user, in softirq context. The program's own graph is finished; the callback's
//   must be checked too, not the program again.
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
	struct bpf_iter_num it;
	bool held = false;
	u64 w = 0;
	int *i;

	bpf_iter_num_new(&it, 0, v->x & 7);
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
	bpf_copy_from_user(&w, sizeof(w), (void *)v->x);
	return 0;
}

SEC("syscall")
int cb_timer_unrolled_copy(void *ctx)
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
