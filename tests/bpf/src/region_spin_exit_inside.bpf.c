// expect: region_spin_exit_inside: violation regions-balanced
//   An XDP program returns while holding the spin lock when the counter is large.
// kernel: refuses: "BPF_EXIT instruction in main prog cannot be used inside bpf_spin_lock-ed region"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct locked_val);
} locked SEC(".maps");

SEC("xdp")
int region_spin_exit_inside(struct xdp_md *ctx)
{
	u32 k = 0;
	struct locked_val *v = bpf_map_lookup_elem(&locked, &k);

	if (!v)
		return XDP_PASS;
	bpf_spin_lock(&v->lock);
	if (v->x > 1000)
		return XDP_DROP;
	v->x++;
	bpf_spin_unlock(&v->lock);
	return XDP_PASS;
}
