// expect: blk_copy_from_user_str_in_preempt: violation no-sleep-in-atomic
//   The sleepable kfunc bpf_copy_from_user_str with preemption disabled, in a sleepable uprobe.
// kernel: refuses: "kernel func bpf_copy_from_user_str is sleepable within non-preemptible region"
#include "common.h"

SEC("uprobe.s")
int blk_copy_from_user_str_in_preempt(struct pt_regs *ctx)
{
	char name[32];
	int n;

	bpf_preempt_disable();
	n = bpf_copy_from_user_str(name, sizeof(name), (void *)PT_REGS_PARM1(ctx), 0);
	bpf_preempt_enable();
	return n;
}
