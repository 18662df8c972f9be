// expect: ptype_cgroup_skb_safe: safe
//   A cgroup_skb ingress filter allowing every packet and counting bytes.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, u64);
} bytes SEC(".maps");

SEC("cgroup_skb/ingress")
int ptype_cgroup_skb_safe(struct __sk_buff *skb)
{
	u32 k = 0;
	u64 *b = bpf_map_lookup_elem(&bytes, &k);

	if (b)
		__sync_fetch_and_add(b, skb->len);
	return 1;
}
