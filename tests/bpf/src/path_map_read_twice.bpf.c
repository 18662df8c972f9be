// expect: path_map_read_twice: violation no-sleep-in-atomic
//   The map value is loaded twice: the lock tests the first load, the copy the second. Another
//   CPU (or user space) can change it in between: first read 11 locks, second read 0 copies.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct plain_val);
} cfg SEC(".maps");

SEC("uprobe.s")
int path_map_read_twice(struct pt_regs *ctx)
{
	u32 k = 0;
	struct plain_val *pv = bpf_map_lookup_elem(&cfg, &k);
	volatile u64 *xp;
	char buf[8];
	u64 first;

	if (!pv)
		return 0;
	xp = &pv->x;
	first = *xp;
	if (first > 10)
		bpf_rcu_read_lock();
	if (*xp <= 10)
		bpf_copy_from_user(buf, sizeof(buf), (void *)pv->ptr);
	if (first > 10)
		bpf_rcu_read_unlock();
	return 0;
}
