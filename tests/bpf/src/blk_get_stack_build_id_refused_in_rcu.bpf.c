// expect: blk_get_stack_build_id_refused_in_rcu: safe
//   The same call asking for build IDs of the kernel stack (no BPF_F_USER_STACK): the helper
//   fails at once with -EINVAL (kernel/bpf/stackmap.c __bpf_get_stack(): build IDs are for user
//   stacks) before it reads any stack, so nothing blocks.
// kernel: loads
#include "common.h"

struct bpf_stack_build_id frames[8];

SEC("uprobe.s")
int blk_get_stack_build_id_refused_in_rcu(struct pt_regs *ctx)
{
	long taken;

	bpf_rcu_read_lock();
	taken = bpf_get_stack(ctx, frames, sizeof(frames), BPF_F_USER_BUILD_ID);
	bpf_rcu_read_unlock();
	return taken > 0;
}
