// expect: region_res_spin_many_slots: safe
//   Sixteen slots, each updated under its own bpf_res_spin_lock and skipped where taking it fails,
//   after a user value is copied for it outside any lock. Each lock's outcome decides the branch on
//   it: no path goes on as if it had failed while holding the lock, or the other way round.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 16);
	__type(key, u32);
	__type(value, struct res_locked_val);
} slots SEC(".maps");

struct args {
	u64 uptr;
};

SEC("syscall")
int region_res_spin_many_slots(struct args *ctx)
{
	u64 sum = 0;

#pragma unroll
	for (int i = 0; i < 16; i++) {
		u32 k = i;
		u64 word = 0;
		struct res_locked_val *v;

		if (bpf_copy_from_user(&word, sizeof(word), (void *)(ctx->uptr + i * 8)))
			break;
		v = bpf_map_lookup_elem(&slots, &k);
		if (!v)
			break;
		int err = bpf_res_spin_lock(&v->lock);
		if (err < 0)
			continue;
		v->x += word;
		sum += v->x;
		bpf_res_spin_unlock(&v->lock);
	}
	return sum & 0xff;
}
