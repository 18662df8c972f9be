// expect: isa_atomic_xchg_or_and: safe
//   Atomic exchange, or, and, xor on map values in a tc program; nothing blocks.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct plain_val);
} bits SEC(".maps");

SEC("tc")
int isa_atomic_xchg_or_and(struct __sk_buff *skb)
{
	u32 k = 0;
	struct plain_val *v = bpf_map_lookup_elem(&bits, &k);
	u64 old;

	if (!v)
		return 0;
	old = __sync_lock_test_and_set(&v->x, skb->len);
	__sync_fetch_and_or(&v->y, old);
	__sync_fetch_and_and(&v->y, 0xffff);
	__sync_fetch_and_xor(&v->ptr, skb->mark);
	return 0;
}
