// expect: region_spin_picked_same_bit: safe
//   As region_spin_picked_other_bit, but the lock released is picked by the same bit as the one
//   taken, read from the context once: the unlock always names the lock held.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 2);
	__type(key, u32);
	__type(value, struct locked_val);
} locked SEC(".maps");

SEC("tc")
int region_spin_picked_same_bit(struct __sk_buff *skb)
{
	u32 k0 = 0, k1 = 1;
	struct locked_val *a = bpf_map_lookup_elem(&locked, &k0);
	struct locked_val *b = bpf_map_lookup_elem(&locked, &k1);
	u32 mark = skb->mark;

	if (!a || !b)
		return 0;
	bpf_spin_lock(mark & 1 ? &a->lock : &b->lock);
	a->x++;
	bpf_spin_unlock(mark & 1 ? &a->lock : &b->lock);
	return 0;
}
