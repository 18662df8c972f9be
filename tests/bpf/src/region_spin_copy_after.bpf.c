// expect: region_spin_copy_after: safe
//   The spin lock is released before the blocking copy in a syscall program.
// kernel: loads
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
int region_spin_copy_after(struct args *ctx)
{
	u32 k = 0;
	struct locked_val *v = bpf_map_lookup_elem(&locked, &k);
	u64 word = 0, p;

	if (!v)
		return 0;
	bpf_spin_lock(&v->lock);
	p = v->ptr;
	bpf_spin_unlock(&v->lock);
	bpf_copy_from_user(&word, sizeof(word), (void *)p);
	return word != 0;
}
