// expect: map_lru_value_spin_lock: violation kernel-contract lock-map
//   A tc program counts packets per flow in an LRU hash whose value holds a bpf_spin_lock, taken
//   around the update: the kernel keeps locks only in hash, array and local-storage maps, so it
//   refuses the map with its lock, the loader creates it without BTF, and the verifier then
//   refuses the lock.
// kernel: refuses: "has to have BTF in order to use bpf_spin_lock"
#include "common.h"

struct flow_count {
	struct bpf_spin_lock lock;
	u64 packets;
};

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 64);
	__type(key, u32);
	__type(value, struct flow_count);
} flow_counts SEC(".maps");

SEC("tc")
int map_lru_value_spin_lock(struct __sk_buff *skb)
{
	u32 hash = skb->hash;
	struct flow_count *c = bpf_map_lookup_elem(&flow_counts, &hash);

	if (!c)
		return 0;
	bpf_spin_lock(&c->lock);
	c->packets++;
	bpf_spin_unlock(&c->lock);
	return 0;
}
