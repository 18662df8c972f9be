// expect: region_spin_copy_inside: violation no-sleep-in-atomic
//   A sleepable syscall program calls bpf_copy_from_user while holding a bpf_spin_lock (the
//   kernel refuses every call under a spin lock, so its message names that contract).
// kernel: refuses: "function calls are not allowed while holding a lock"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct locked_val);
} locked SEC(".maps");

struct args {
	u64 uptr;
};

SEC("syscall")
int region_spin_copy_inside(struct args *ctx)
{
	u32 k = 0;
	struct locked_val *v = bpf_map_lookup_elem(&locked, &k);
	u64 word = 0;

	if (!v)
		return 0;
	bpf_spin_lock(&v->lock);
	bpf_copy_from_user(&word, sizeof(word), (void *)ctx->uptr);
	v->x = word;
	bpf_spin_unlock(&v->lock);
	return 0;
}
