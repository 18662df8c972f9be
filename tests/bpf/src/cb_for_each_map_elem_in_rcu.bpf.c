// expect: cb_for_each_map_elem_in_rcu: violation no-sleep-in-atomic
//   The same callback as cb_for_each_map_elem_safe, iterated inside an RCU section.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
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
int cb_for_each_map_elem_in_rcu(struct pt_regs *ctx)
{
	u64 sum = 0;

	bpf_rcu_read_lock();
	bpf_for_each_map_elem(&ptrs, fetch, &sum, 0);
	bpf_rcu_read_unlock();
	return sum & 0xff;
}
