// expect: region_preempt_nested_copy_between: violation no-sleep-in-atomic
//   Two disables, one enable: preemption is still off (depth 1) at the copy.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in non-preemptible region"
#include "common.h"

SEC("uprobe.s")
int region_preempt_nested_copy_between(struct pt_regs *ctx)
{
	char buf[16];

	bpf_preempt_disable();
	bpf_preempt_disable();
	bpf_preempt_enable();
	bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	bpf_preempt_enable();
	return buf[0];
}
