// expect: cb_for_each_hash_copy_in_walk: violation no-sleep-in-atomic
//   bpf_for_each_map_elem over a hash map runs each callback inside an RCU read-side section of
//   its own (kernel/bpf/hashtab.c, bpf_for_each_hash_elem(): rcu_read_lock() around each bucket's
//   callbacks). The callback copies from user memory, so it sleeps in atomic context at run time.
//   The verifier checks the callback in its sleepable caller's state and loads the program: a
//   rule the verifier misses.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
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
int cb_for_each_hash_copy_in_walk(struct pt_regs *ctx)
{
	u64 sum = 0;

	bpf_for_each_map_elem(&ptrs, fetch, &sum, 0);
	return sum & 0xff;
}
