// expect: path_mask_same_reg: safe
//   m = x & 4 computed once; the lock tests m != 0 and the copy tests m == 0.
// kernel: loads
#include "common.h"

SEC("uprobe.s")
int path_mask_same_reg(struct pt_regs *ctx)
{
	u64 m = PT_REGS_PARM1(ctx) & 4;
	char buf[8];

	if (m)
		bpf_preempt_disable();
	opaque(m);
	if (!m)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	opaque(m);
	if (m)
		bpf_preempt_enable();
	return 0;
}
