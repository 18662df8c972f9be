// expect: region_res_spin_unlock_on_failure: violation regions-balanced
//   The unlock sits on the path where bpf_res_spin_lock failed (a negative result), so it releases a lock that
//   is not held.
// kernel: refuses
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct res_locked_val);
} rlocked SEC(".maps");

SEC("syscall")
int region_res_spin_unlock_on_failure(void *ctx)
{
	u32 k = 0;
	struct res_locked_val *v = bpf_map_lookup_elem(&rlocked, &k);
	int r;

	if (!v)
		return 0;
	r = bpf_res_spin_lock(&v->lock);
	if (r < 0) {
		bpf_res_spin_unlock(&v->lock);
		return 0;
	}
	v->x++;
	bpf_res_spin_unlock(&v->lock);
	return 0;
}
