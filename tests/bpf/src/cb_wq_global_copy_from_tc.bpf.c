// expect: cb_wq_global_copy_from_tc: violation kernel-contract blocking-in-global
//   As cb_wq_copy_from_tc, but the work-queue callback copies through a global function. Nothing
//   sleeps in atomic context, yet the verifier checks a global function as sleepable as its
//   program, and this tc program is not.
// kernel: refuses: "helper call might sleep in a non-sleepable prog"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct wq_val);
} works SEC(".maps");

__noinline int user_word(u64 address)
{
	u64 w = 0;

	bpf_copy_from_user(&w, sizeof(w), (void *)address);
	return w & 0xff;
}

static int on_work(void *map, int *key, void *value)
{
	struct wq_val *v = value;

	v->x = user_word(v->x);
	return 0;
}

SEC("tc")
int cb_wq_global_copy_from_tc(struct __sk_buff *skb)
{
	u32 k = 0;
	struct wq_val *v = bpf_map_lookup_elem(&works, &k);

	if (!v)
		return 0;
	if (bpf_wq_init(&v->wq, &works, 0))
		return 0;
	if (bpf_wq_set_callback_impl(&v->wq, on_work, 0, NULL))
		return 0;
	bpf_wq_start(&v->wq, 0);
	return 0;
}
