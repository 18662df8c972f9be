// expect: cb_array_walk_last_of_100_copies: violation no-sleep-in-atomic
//   A walk of a 100-element array in an RCU section whose callback copies for key 99: the
//   hundredth run copies from user memory inside the section (more runs than a walk of a map
//   whose size the object does not fix is followed for).
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 100);
	__type(key, u32);
	__type(value, u64);
} cells SEC(".maps");

static long visit(struct bpf_map *map, u32 *key, u64 *value, void *ctx)
{
	u64 word = 0;

	if (*key == 99)
		bpf_copy_from_user(&word, sizeof(word), (void *)*value);
	return word != 0;
}

SEC("uprobe.s")
int cb_array_walk_last_of_100_copies(struct pt_regs *ctx)
{
	bpf_rcu_read_lock();
	bpf_for_each_map_elem(&cells, visit, NULL, 0);
	bpf_rcu_read_unlock();
	return 0;
}
