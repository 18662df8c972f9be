// expect: map_array_of_maps_inner_found: safe
//   An array of maps whose inner map is an array of 2: a lookup of key 1 in the inner map found
//   through the outer one is never NULL (the verifier knows it from 6.14), so the copy inside an
//   RCU section on the NULL branch never runs.
// kernel: loads
#include "common.h"

struct inner_arr {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 2);
	__type(key, u32);
	__type(value, u64);
} inner0 SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
	__uint(max_entries, 1);
	__type(key, u32);
	__array(values, struct inner_arr);
} outer SEC(".maps") = {
	.values = { &inner0 },
};

SEC("syscall")
int map_array_of_maps_inner_found(void *ctx)
{
	u32 k = 0, k2 = 1;
	u64 w = 0;
	void *in = bpf_map_lookup_elem(&outer, &k);
	u64 *e;

	if (!in)
		return 0;
	e = bpf_map_lookup_elem(in, &k2);
	if (!e) {
		bpf_rcu_read_lock();
		bpf_copy_from_user(&w, sizeof(w), ctx);
		bpf_rcu_read_unlock();
		return w & 1;
	}
	return *e & 1;
}
