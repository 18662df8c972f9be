// expect: blk_get_stack_build_id_in_rcu: violation no-sleep-in-atomic
//   A sleepable uprobe takes its user stack with build IDs inside an RCU section. In a sleepable
//   program bpf_get_stack is the sleepable proto, which parses each build ID with faults allowed
//   and may wait for the ELF's pages (kernel/bpf/stackmap.c bpf_get_stack_sleepable()).
// kernel: loads, where the verifier misses it: bpf_get_stack_sleepable_proto has no might_sleep
//   (kernel/trace/bpf_trace.c kprobe_prog_func_proto() picks it for a sleepable program).
#include "common.h"

struct bpf_stack_build_id frames[8];

SEC("uprobe.s")
int blk_get_stack_build_id_in_rcu(struct pt_regs *ctx)
{
	long taken;

	bpf_rcu_read_lock();
	taken = bpf_get_stack(ctx, frames, sizeof(frames), BPF_F_USER_STACK | BPF_F_USER_BUILD_ID);
	bpf_rcu_read_unlock();
	return taken > 0;
}
