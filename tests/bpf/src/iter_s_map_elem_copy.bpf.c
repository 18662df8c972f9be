// expect: iter_s_map_elem_copy: safe
//   A sleepable iterator over a hash map's elements copies a word of user memory for each. The
//   load accepts the sleepable flag on any iterator, and the verifier checks the code as sleepable;
//   the map element iterator does not reschedule between elements (no BPF_ITER_RESCHED), so making
//   its link is refused: the program never runs, and nothing of it sleeps where it may not.
// kernel: loads (kernel/bpf/bpf_iter.c bpf_iter_link_attach() refuses only the link, -EINVAL)
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16);
	__type(key, u32);
	__type(value, u64);
} user_addrs SEC(".maps");

SEC("iter.s/bpf_map_elem")
int iter_s_map_elem_copy(struct bpf_iter__bpf_map_elem *ctx)
{
	u64 *addr = ctx->value;
	u64 word = 0;

	if (!addr)
		return 0;
	bpf_copy_from_user(&word, sizeof(word), (void *)*addr);
	BPF_SEQ_PRINTF(ctx->meta->seq, "%llx\n", word);
	return 0;
}
