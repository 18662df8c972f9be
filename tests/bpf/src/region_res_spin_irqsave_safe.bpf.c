// expect: region_res_spin_irqsave_safe: safe
//   bpf_res_spin_lock_irqsave and its restore around a field update, in a tc program.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct res_locked_val);
} rlocked SEC(".maps");

SEC("tc")
int region_res_spin_irqsave_safe(struct __sk_buff *skb)
{
	u32 k = 0;
	struct res_locked_val *v = bpf_map_lookup_elem(&rlocked, &k);
	unsigned long flags;

	if (!v)
		return 0;
	if (bpf_res_spin_lock_irqsave(&v->lock, &flags))
		return 0;
	v->x += skb->len;
	bpf_res_spin_unlock_irqrestore(&v->lock, &flags);
	return 0;
}
