// expect: region_spin_helper_call: violation kernel-contract call-under-lock
//   bpf_ktime_get_ns never sleeps, but the verifier refuses every helper call under a spin lock.
// kernel: refuses: "function calls are not allowed while holding a lock"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct locked_val);
} locked SEC(".maps");

SEC("tc")
int region_spin_helper_call(struct __sk_buff *skb)
{
	u32 k = 0;
	struct locked_val *v = bpf_map_lookup_elem(&locked, &k);

	if (!v)
		return 0;
	bpf_spin_lock(&v->lock);
	v->x = bpf_ktime_get_ns();
	bpf_spin_unlock(&v->lock);
	return 0;
}
