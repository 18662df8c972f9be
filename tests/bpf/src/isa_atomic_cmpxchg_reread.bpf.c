// expect: isa_atomic_cmpxchg_reread: violation no-sleep-in-atomic
//   A compare-and-exchange claims the value (0 -> 1) and locks on success; the copy then tests a
//   fresh read of the value, which another CPU may have reset to 0 meanwhile.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct plain_val);
} owner SEC(".maps");

SEC("uprobe.s")
int isa_atomic_cmpxchg_reread(struct pt_regs *ctx)
{
	u32 k = 0;
	struct plain_val *v = bpf_map_lookup_elem(&owner, &k);
	char buf[8];
	u64 prev;

	if (!v)
		return 0;
	prev = __sync_val_compare_and_swap(&v->x, 0, 1);
	if (prev == 0)
		bpf_rcu_read_lock();
	if (*(volatile u64 *)&v->x == 0)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	if (prev == 0)
		bpf_rcu_read_unlock();
	return 0;
}
