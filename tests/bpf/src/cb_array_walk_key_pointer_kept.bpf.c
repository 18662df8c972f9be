// expect: cb_array_walk_key_pointer_kept: violation no-sleep-in-atomic
//   An array walk in an RCU section whose callback keeps the key pointer of its first run and
//   copies from user memory when that pointer reads 3. The walk hands every run a pointer to one
//   u32 it rewrites (kernel/bpf/arraymap.c bpf_for_each_array_elem(): key = i), so the kept
//   pointer reads 3 on the fourth run.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, u32);
	__type(value, u64);
} cells SEC(".maps");

struct kept {
	u32 *first;
};

static long visit(struct bpf_map *map, u32 *key, u64 *value, struct kept *kept)
{
	u64 word = 0;

	if (!kept->first)
		kept->first = key;
	else if (*kept->first == 3)
		bpf_copy_from_user(&word, sizeof(word), (void *)*value);
	return 0;
}

SEC("uprobe.s")
int cb_array_walk_key_pointer_kept(struct pt_regs *ctx)
{
	struct kept kept = {};

	bpf_rcu_read_lock();
	bpf_for_each_map_elem(&cells, visit, &kept, 0);
	bpf_rcu_read_unlock();
	return 0;
}
