// expect: region_preempt_copy_inside: violation no-sleep-in-atomic
//   bpf_copy_from_user with preemption disabled.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in non-preemptible region"
#include "common.h"

SEC("uprobe.s")
int region_preempt_copy_inside(struct pt_regs *ctx)
{
	char buf[16];

	bpf_preempt_disable();
	bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	bpf_preempt_enable();
	return buf[0];
}
