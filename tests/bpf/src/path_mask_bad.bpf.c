// expect: path_mask_bad: violation no-sleep-in-atomic
//   Lock on bit 2, copy on bit 3: both bits set puts the copy inside the preempt-off section.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in non-preemptible region"
#include "common.h"

SEC("uprobe.s")
int path_mask_bad(struct pt_regs *ctx)
{
	u64 x = PT_REGS_PARM1(ctx);
	char buf[8];

	if (x & 4)
		bpf_preempt_disable();
	opaque(x);
	if (x & 8)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	opaque(x);
	if (x & 4)
		bpf_preempt_enable();
	return 0;
}
