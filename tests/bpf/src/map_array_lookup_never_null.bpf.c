// expect: map_array_lookup_never_null: safe
//   An array map's element 0 always exists, so the lookup under the RCU section never returns NULL
//   and the early return that would leave the section open never runs.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 2);
	__type(key, u32);
	__type(value, u64);
} settings SEC(".maps");

SEC("uprobe.s")
int map_array_lookup_never_null(struct pt_regs *ctx)
{
	u32 zero = 0;
	u64 w = 0, *limit;

	bpf_rcu_read_lock();
	limit = bpf_map_lookup_elem(&settings, &zero);
	if (!limit)
		return 0;
	w = *limit;
	bpf_rcu_read_unlock();
	bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM1(ctx));
	return w & 1;
}
