// expect: region_spin_static_subprog: safe
//   A static subprogram (arithmetic only) called under the spin lock: verified inline, allowed.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct locked_val);
} locked SEC(".maps");

static __noinline u64 mix(u64 a, u64 b)
{
	return (a ^ (b << 7)) + 13;
}

SEC("tc")
int region_spin_static_subprog(struct __sk_buff *skb)
{
	u32 k = 0;
	struct locked_val *v = bpf_map_lookup_elem(&locked, &k);

	if (!v)
		return 0;
	bpf_spin_lock(&v->lock);
	v->x = mix(v->x, skb->len);
	bpf_spin_unlock(&v->lock);
	return 0;
}
