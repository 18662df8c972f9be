// expect: region_res_spin_many_slots_v1: safe
//   Sixteen counters, each bumped under its own bpf_res_spin_lock and skipped where taking it fails.
//   Built for cpu v1, which has no 32-bit jumps: clang tests the int result after zero-extending it
//   with two shifts (r0 <<= 32; r0 >>= 32), and each lock's outcome must still decide the branch,
//   or sixteen locks would make 2^16 states.
// kernel: loads
// cpu: v1
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 16);
	__type(key, u32);
	__type(value, struct res_locked_val);
} counters SEC(".maps");

SEC("tc")
int region_res_spin_many_slots_v1(struct __sk_buff *skb)
{
#pragma unroll
	for (int i = 0; i < 16; i++) {
		u32 k = i;
		struct res_locked_val *v = bpf_map_lookup_elem(&counters, &k);

		if (!v)
			return 0;
		if (!bpf_res_spin_lock(&v->lock)) {
			v->x += skb->len;
			bpf_res_spin_unlock(&v->lock);
		}
	}
	return 0;
}
