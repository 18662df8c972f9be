// expect: sub_global_arms_sleeping_wq_from_tc: violation kernel-contract global-may-sleep
//   A global function only arms a bpf_wq whose callback copies from user memory (the workqueue
//   may sleep); the global itself never blocks. The verifier's may-sleep summary of a global
//   counts the callbacks it names, so a tc program may not call it: a kernel-contract finding.
// kernel: refuses: "global functions that may sleep are not allowed in non-sleepable context"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct wq_val);
} works SEC(".maps");

static int fetch(void *map, int *key, void *value)
{
	struct wq_val *v = value;
	u64 w = 0;

	bpf_copy_from_user(&w, sizeof(w), (void *)v->x);
	return 0;
}

__noinline int arm_fetch(u32 k)
{
	struct wq_val *v = bpf_map_lookup_elem(&works, &k);

	if (!v)
		return 0;
	if (bpf_wq_init(&v->wq, &works, 0))
		return 0;
	if (bpf_wq_set_callback_impl(&v->wq, fetch, 0, NULL))
		return 0;
	return bpf_wq_start(&v->wq, 0);
}

SEC("tc")
int sub_global_arms_sleeping_wq_from_tc(struct __sk_buff *skb)
{
	return arm_fetch(skb->len & 0) ? 1 : 0;
}
