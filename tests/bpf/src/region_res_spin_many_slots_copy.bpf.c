// expect: region_res_spin_many_slots_copy: violation no-sleep-in-atomic
//   As region_res_spin_many_slots, but the eleventh slot, when its value is zero, copies the next
//   user value while still holding its bpf_res_spin_lock.
// kernel: refuses: "function calls are not allowed while holding a lock"
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
int region_res_spin_many_slots_copy(struct args *ctx)
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
		if (bpf_res_spin_lock(&v->lock))
			continue;
		if (i == 10 && v->x == 0)
			bpf_copy_from_user(&word, sizeof(word), (void *)(ctx->uptr + 128));
		v->x += word;
		sum += v->x;
		bpf_res_spin_unlock(&v->lock);
	}
	return sum & 0xff;
}
