// expect: cb_wq_copy_from_tc: safe
//   A non-sleepable tc program arms a bpf_wq; the work-queue callback runs in process context
//   (sleepable) and may copy from user memory.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct wq_val);
} works SEC(".maps");

static int on_work(void *map, int *key, void *value)
{
	struct wq_val *v = value;
	u64 w = 0;

	bpf_copy_from_user(&w, sizeof(w), (void *)v->x);
	return 0;
}

SEC("tc")
int cb_wq_copy_from_tc(struct __sk_buff *skb)
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
