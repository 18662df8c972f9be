// expect: region_spin_locked_by_static_getter: safe
//   A static subprogram looks the value up, takes its lock and returns the pointer; the caller
//   updates the value and unlocks it through the returned pointer: the same lock, as the verifier
//   (which follows the call) sees it.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct locked_val);
} locked SEC(".maps");

static __noinline struct locked_val *lock_slot(void)
{
	u32 k = 0;
	struct locked_val *v = bpf_map_lookup_elem(&locked, &k);

	if (v)
		bpf_spin_lock(&v->lock);
	return v;
}

SEC("tc")
int region_spin_locked_by_static_getter(struct __sk_buff *skb)
{
	struct locked_val *v = lock_slot();

	if (!v)
		return 0;
	v->x += skb->len;
	bpf_spin_unlock(&v->lock);
	return 0;
}
