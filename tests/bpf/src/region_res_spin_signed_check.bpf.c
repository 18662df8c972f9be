// expect: region_res_spin_signed_check: safe
//   bpf_res_spin_lock returns 0 or a negative error code: a signed test of its result (r < 0) guards the unlock
//   exactly, and no run unlocks a lock it does not hold (a result of 1 would, but the kernel never returns it).
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct res_locked_val);
} rlocked SEC(".maps");

SEC("syscall")
int region_res_spin_signed_check(void *ctx)
{
	u32 k = 0;
	struct res_locked_val *v = bpf_map_lookup_elem(&rlocked, &k);
	int r;

	if (!v)
		return 0;
	r = bpf_res_spin_lock(&v->lock);
	if (r < 0)
		return 0;
	v->x++;
	bpf_res_spin_unlock(&v->lock);
	return 0;
}
