// expect: cb_walk_value_never_null: safe
//   The kernel hands a bpf_for_each_map_elem callback pointers to the element's key and value,
//   never NULL (the verifier types them as such). The callback's defensive NULL test guards a copy
//   inside an RCU section that no run reaches.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, u32);
	__type(value, u64);
} slots SEC(".maps");

struct walk_ctx {
	u64 user;
	u64 sum;
};

static long add_one(struct bpf_map *map, u32 *key, u64 *value, struct walk_ctx *wc)
{
	char buf[8];

	if (!key || !value) {
		bpf_rcu_read_lock();
		bpf_copy_from_user(buf, sizeof(buf), (void *)wc->user);
		bpf_rcu_read_unlock();
		return 1;
	}
	wc->sum += *value;
	return 0;
}

SEC("uprobe.s")
int cb_walk_value_never_null(struct pt_regs *ctx)
{
	struct walk_ctx wc = { .user = PT_REGS_PARM1(ctx) };

	bpf_for_each_map_elem(&slots, add_one, &wc, 0);
	return wc.sum & 1;
}
