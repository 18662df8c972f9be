// expect: region_lock_kinds_out_of_order: violation kernel-contract lock-order
//   A bpf_spin_lock, then a bpf_res_spin_lock under it, then the spin lock released first: the
//   verifier keeps one stack for both kinds and refuses the release out of order.
// kernel: refuses: "bpf_spin_unlock cannot be out of order"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct locked_val);
} plain SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct res_locked_val);
} resilient SEC(".maps");

SEC("tc")
int region_lock_kinds_out_of_order(struct __sk_buff *skb)
{
	u32 zero = 0;
	struct locked_val *a = bpf_map_lookup_elem(&plain, &zero);
	struct res_locked_val *b = bpf_map_lookup_elem(&resilient, &zero);

	if (!a || !b)
		return 0;
	bpf_spin_lock(&a->lock);
	if (bpf_res_spin_lock(&b->lock)) {
		bpf_spin_unlock(&a->lock);
		return 0;
	}
	bpf_spin_unlock(&a->lock);
	bpf_res_spin_unlock(&b->lock);
	return 0;
}
