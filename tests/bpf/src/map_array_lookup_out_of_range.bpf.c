// expect: map_array_lookup_out_of_range: violation regions-balanced
//   As map_array_lookup_never_null with key 2 of a two-element array: the lookup returns NULL and
//   the program returns with the section open.
// kernel: refuses: "BPF_EXIT instruction in main prog cannot be used inside bpf_rcu_read_lock-ed region"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 2);
	__type(key, u32);
	__type(value, u64);
} settings SEC(".maps");

SEC("uprobe.s")
int map_array_lookup_out_of_range(struct pt_regs *ctx)
{
	u32 two = 2;
	u64 w = 0, *limit;

	bpf_rcu_read_lock();
	limit = bpf_map_lookup_elem(&settings, &two);
	if (!limit)
		return 0;
	w = *limit;
	bpf_rcu_read_unlock();
	bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM1(ctx));
	return w & 1;
}
