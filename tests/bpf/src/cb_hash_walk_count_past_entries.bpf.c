// expect: cb_hash_walk_count_past_entries: violation no-sleep-in-atomic
//   A hash map of two entries is walked with bpf_for_each_map_elem, counting the callback's runs.
//   The walk goes bucket by bucket under RCU only: while it runs, user space or another CPU may
//   delete a key already met and insert one that lands in a later bucket, so a walk of a 2-entry
//   map can meet three elements, and the copy behind `seen > 2` runs inside the RCU section.
// kernel: refuses
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 2);
	__type(key, u32);
	__type(value, u64);
} pair SEC(".maps");

static long count_one(struct bpf_map *map, u32 *key, u64 *value, u64 *seen)
{
	*seen += 1;
	return 0;
}

SEC("uprobe.s")
int cb_hash_walk_count_past_entries(struct pt_regs *ctx)
{
	u64 seen = 0;
	char buf[8];

	bpf_for_each_map_elem(&pair, count_one, &seen, 0);
	bpf_rcu_read_lock();
	if (seen > 2)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	bpf_rcu_read_unlock();
	return 0;
}
