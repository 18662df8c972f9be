// expect: cb_for_each_map_elem_safe: safe
//   bpf_for_each_map_elem's callback copies the user memory each entry points to; over an array
//   map it runs in the sleepable caller's context with no region open (over a hash map it would
//   not: cb_for_each_hash_copy_in_walk).
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 64);
	__type(key, u32);
	__type(value, u64);
} ptrs SEC(".maps");

static long fetch(void *map, u32 *key, u64 *val, u64 *sum)
{
	u64 w = 0;

	bpf_copy_from_user(&w, sizeof(w), (void *)*val);
	*sum += w;
	return 0;
}

SEC("uprobe.s")
int cb_for_each_map_elem_safe(struct pt_regs *ctx)
{
	u64 sum = 0;

	bpf_for_each_map_elem(&ptrs, fetch, &sum, 0);
	return sum & 0xff;
}
