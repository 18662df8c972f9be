// expect: region_res_spin_fail_path_copy: safe
//   The copy runs only when bpf_res_spin_lock failed, and a failed lock holds nothing.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct res_locked_val);
} rlocked SEC(".maps");

struct args {
	u64 uptr;
};

SEC("syscall")
int region_res_spin_fail_path_copy(struct args *ctx)
{
	u32 k = 0;
	struct res_locked_val *v = bpf_map_lookup_elem(&rlocked, &k);
	u64 word = 0;

	if (!v)
		return 0;
	if (bpf_res_spin_lock(&v->lock)) {
		bpf_copy_from_user(&word, sizeof(word), (void *)ctx->uptr);
		return word != 0;
	}
	v->x++;
	bpf_res_spin_unlock(&v->lock);
	return 0;
}
