// expect: sub_static_spin_struct_unlocks_same: safe
//   As sub_static_spin_struct_unlocks_other, but the helper unlocks the lock it took, read again
//   through the struct pointer: the copy runs with no lock held.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 2);
	__type(key, u32);
	__type(value, struct locked_val);
} locked SEC(".maps");

struct pair {
	struct locked_val *first;
	struct locked_val *second;
};

static __noinline void bump(struct pair *p)
{
	bpf_spin_lock(&p->first->lock);
	p->first->x++;
	bpf_spin_unlock(&p->first->lock);
}

SEC("syscall")
int sub_static_spin_struct_unlocks_same(u64 *ctx)
{
	u32 k0 = 0, k1 = 1;
	struct pair p = {};
	u64 word = 0;

	p.first = bpf_map_lookup_elem(&locked, &k0);
	p.second = bpf_map_lookup_elem(&locked, &k1);
	if (!p.first || !p.second)
		return 0;
	bump(&p);
	bpf_copy_from_user(&word, sizeof(word), (void *)ctx[0]);
	return word & 1;
}
