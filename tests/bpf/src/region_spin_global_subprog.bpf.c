// expect: region_spin_global_subprog: violation kernel-contract call-under-lock
//   The same arithmetic as region_spin_static_subprog, but in a global function: the verifier
//   refuses any global call while a lock is held, whatever the callee does.
// kernel: refuses: "global function calls are not allowed while holding a lock, use static function instead" (two log lines)
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct locked_val);
} locked SEC(".maps");

__noinline u64 mix_global(u64 a, u64 b)
{
	return (a ^ (b << 7)) + 13;
}

SEC("tc")
int region_spin_global_subprog(struct __sk_buff *skb)
{
	u32 k = 0;
	struct locked_val *v = bpf_map_lookup_elem(&locked, &k);

	if (!v)
		return 0;
	bpf_spin_lock(&v->lock);
	v->x = mix_global(v->x, skb->len);
	bpf_spin_unlock(&v->lock);
	return 0;
}
