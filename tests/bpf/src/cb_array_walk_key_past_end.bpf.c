// expect: cb_array_walk_key_past_end: safe
//   (As cb_array_walk_key_is_index, with the key one past the array: the verifier follows the
//   callback more runs than the kernel makes, but no run gets a key the array does not have.)
//   A sleepable uprobe walks a four-element array inside an RCU section; the callback copies from
//   user memory only for key 4, one past the last. An array's walk hands its callback a pointer to its own u32 index
//   (kernel/bpf/arraymap.c, bpf_for_each_array_elem(): key = i for i below max_entries), so the key
//   is 0 to 3 and the copy never runs. The verifier gives the key unknown contents and refuses the
//   program: lost precision.
// kernel: refuses (lost precision: the verifier gives an array walk's key unknown contents): "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, u32);
	__type(value, u64);
} cells SEC(".maps");

static long visit(struct bpf_map *map, u32 *key, u64 *value, void *ctx)
{
	u64 word = 0;

	if (*key == 4)
		bpf_copy_from_user(&word, sizeof(word), (void *)*value);
	return word != 0;
}

SEC("uprobe.s")
int cb_array_walk_key_past_end(struct pt_regs *ctx)
{
	bpf_rcu_read_lock();
	bpf_for_each_map_elem(&cells, visit, NULL, 0);
	bpf_rcu_read_unlock();
	return 0;
}
