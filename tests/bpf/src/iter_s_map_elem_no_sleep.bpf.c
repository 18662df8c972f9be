// expect: iter_s_map_elem_no_sleep: safe
//   A sleepable iterator over a hash map's elements prints each value and calls nothing that may
//   sleep. The load accepts the sleepable flag on any iterator; the attach to a target without
//   BPF_ITER_RESCHED is refused, but no path of the program blocks, wherever it ran.
// kernel: loads (kernel/bpf/bpf_iter.c bpf_iter_link_attach() refuses only the link)
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16);
	__type(key, u32);
	__type(value, u64);
} counts SEC(".maps");

SEC("iter.s/bpf_map_elem")
int iter_s_map_elem_no_sleep(struct bpf_iter__bpf_map_elem *ctx)
{
	u32 *key = ctx->key;
	u64 *value = ctx->value;

	if (!key || !value)
		return 0;
	BPF_SEQ_PRINTF(ctx->meta->seq, "%u %llu\n", *key, *value);
	return 0;
}
