// expect: cb_wq_copy_in_rcu: violation no-sleep-in-atomic
//   The work-queue callback is sleepable, but it copies inside its own RCU section.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
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

	bpf_rcu_read_lock();
	bpf_copy_from_user(&w, sizeof(w), (void *)v->x);
	bpf_rcu_read_unlock();
	return 0;
}

SEC("tc")
int cb_wq_copy_in_rcu(struct __sk_buff *skb)
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
