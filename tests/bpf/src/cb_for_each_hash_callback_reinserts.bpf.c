// expect: cb_for_each_hash_callback_reinserts: violation regions-balanced
//   A walk of a two-entry hash map whose callback moves each element to a new key (delete, then
//   insert key + 1000). The walk goes bucket by bucket under RCU alone (kernel/bpf/hashtab.c,
//   bpf_for_each_hash_elem()), so a moved element that lands in a later bucket is met again: the
//   callback can run a third time, and the RCU section it opens then is still open at exit.
// kernel: refuses: "BPF_EXIT instruction in main prog cannot be used inside bpf_rcu_read_lock-ed region"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 2);
	__type(key, u32);
	__type(value, u64);
} flows SEC(".maps");

struct walk_state {
	u64 seen;
};

static long move_flow(struct bpf_map *map, u32 *key, u64 *value, struct walk_state *walk)
{
	u32 moved = *key + 1000;
	u64 zero = 0;

	if (++walk->seen == 3)
		bpf_rcu_read_lock();
	bpf_map_delete_elem(map, key);
	bpf_map_update_elem(map, &moved, &zero, BPF_ANY);
	return 0;
}

SEC("tc")
int cb_for_each_hash_callback_reinserts(struct __sk_buff *skb)
{
	struct walk_state walk = {};

	bpf_for_each_map_elem(&flows, move_flow, &walk, 0);
	return 0;
}
