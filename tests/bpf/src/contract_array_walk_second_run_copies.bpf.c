// expect: contract_array_walk_second_run_copies: violation kernel-contract
//   Inside an RCU section a sleepable uprobe walks an array of one element; the callback copies
//   from user memory on its second run only, which never comes. The verifier follows a walk's
//   callback again until its states repeat, whatever the map holds (only bpf_loop's count bounds
//   it), reaches the copy with RCU held and refuses.
// kernel: refuses
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, u64);
} one SEC(".maps");

struct walk_state {
	int runs;
	long copied;
};

static long visit(struct bpf_map *map, u32 *key, u64 *value, struct walk_state *st)
{
	char buf[8];

	if (st->runs)
		st->copied += bpf_copy_from_user(buf, sizeof(buf), (void *)0x1000);
	st->runs = 1;
	return 0;
}

SEC("uprobe.s")
int contract_array_walk_second_run_copies(struct pt_regs *ctx)
{
	struct walk_state st = {};

	bpf_rcu_read_lock();
	bpf_for_each_map_elem(&one, visit, &st, 0);
	bpf_rcu_read_unlock();
	return st.copied;
}
