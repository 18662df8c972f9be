// expect: region_spin_picked_other_bit: violation kernel-contract
//   Two elements' locks; the lock taken is picked by bit 0 of the mark and the lock released by
//   bit 1 (clang selects each pointer before its call). Where the bits differ, the unlock names
//   the lock not held, and the one taken stays held.
// kernel: refuses: "bpf_spin_unlock of different lock"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 2);
	__type(key, u32);
	__type(value, struct locked_val);
} locked SEC(".maps");

SEC("tc")
int region_spin_picked_other_bit(struct __sk_buff *skb)
{
	u32 k0 = 0, k1 = 1;
	struct locked_val *a = bpf_map_lookup_elem(&locked, &k0);
	struct locked_val *b = bpf_map_lookup_elem(&locked, &k1);
	u32 mark = skb->mark;

	if (!a || !b)
		return 0;
	bpf_spin_lock(mark & 1 ? &a->lock : &b->lock);
	a->x++;
	bpf_spin_unlock(mark & 2 ? &a->lock : &b->lock);
	return 0;
}
