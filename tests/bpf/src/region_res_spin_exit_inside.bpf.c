// expect: region_res_spin_exit_inside: violation regions-balanced
//   Returns with the res spin lock held when the value's counter is zero.
// kernel: refuses: "BPF_EXIT instruction in main prog cannot be used inside bpf_spin_lock-ed region"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct res_locked_val);
} rlocked SEC(".maps");

SEC("tc")
int region_res_spin_exit_inside(struct __sk_buff *skb)
{
	u32 k = 0;
	struct res_locked_val *v = bpf_map_lookup_elem(&rlocked, &k);

	if (!v)
		return 0;
	if (bpf_res_spin_lock(&v->lock))
		return 0;
	if (v->x == 0)
		return 1;
	v->x--;
	bpf_res_spin_unlock(&v->lock);
	return 0;
}
