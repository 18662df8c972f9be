// expect: blk_get_stack_addresses_in_rcu: safe
//   The same sleepable uprobe takes its user stack as addresses only (no BPF_F_USER_BUILD_ID)
//   inside the RCU section: the sleepable proto parses no build ID, and nothing blocks.
// kernel: loads
#include "common.h"

u64 frames[8];

SEC("uprobe.s")
int blk_get_stack_addresses_in_rcu(struct pt_regs *ctx)
{
	long taken;

	bpf_rcu_read_lock();
	taken = bpf_get_stack(ctx, frames, sizeof(frames), BPF_F_USER_STACK);
	bpf_rcu_read_unlock();
	return taken > 0;
}
