// expect: region_spin_safe: safe
//   A tc program updates a map value under its bpf_spin_lock, with no call inside.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct locked_val);
} locked SEC(".maps");

SEC("tc")
int region_spin_safe(struct __sk_buff *skb)
{
	u32 k = 0;
	struct locked_val *v = bpf_map_lookup_elem(&locked, &k);

	if (!v)
		return 0;
	bpf_spin_lock(&v->lock);
	v->x += skb->len;
	bpf_spin_unlock(&v->lock);
	return 0;
}
