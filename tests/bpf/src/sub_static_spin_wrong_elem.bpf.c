// expect: sub_static_spin_wrong_elem: violation kernel-contract
//   Static helpers lock one array element and unlock another: the lock taken is never released,
//   and the one released was never taken.
// kernel: refuses: "bpf_spin_unlock of different lock"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 2);
	__type(key, u32);
	__type(value, struct locked_val);
} accounts SEC(".maps");

static __noinline void take(struct locked_val *v)
{
	bpf_spin_lock(&v->lock);
}

static __noinline void drop(struct locked_val *v)
{
	bpf_spin_unlock(&v->lock);
}

SEC("tc")
int sub_static_spin_wrong_elem(struct __sk_buff *skb)
{
	u32 first = 0, second = 1;
	struct locked_val *a = bpf_map_lookup_elem(&accounts, &first);
	struct locked_val *b = bpf_map_lookup_elem(&accounts, &second);

	if (!a || !b)
		return 0;
	take(a);
	a->x++;
	drop(b);
	return 0;
}
