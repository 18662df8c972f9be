// expect: ptype_tc_safe: safe
//   A tc (sched_cls) program reading packet bytes and counting in a per-CPU array: nothing blocks.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 256);
	__type(key, u32);
	__type(value, u64);
} proto_count SEC(".maps");

SEC("tc")
int ptype_tc_safe(struct __sk_buff *skb)
{
	u8 proto = 0;
	u32 key;
	u64 *n;

	if (bpf_skb_load_bytes(skb, 23, &proto, 1))
		return 0;
	key = proto;
	n = bpf_map_lookup_elem(&proto_count, &key);
	if (n)
		*n += 1;
	return 0;
}
