// expect: path_eq_const: safe
//   Lock when x == 5, copy when x != 5, unlock when x == 5: exclusive on every path.
// kernel: refuses (lost precision: x != 5 is not kept on the fall-through path of x == 5, so the enable is explored without the disable): "unmatched attempt to enable preemption (kernel function bpf_preempt_enable)"
#include "common.h"

SEC("uprobe.s")
int path_eq_const(struct pt_regs *ctx)
{
	u64 x = PT_REGS_PARM1(ctx);
	char buf[8];

	if (x == 5)
		bpf_preempt_disable();
	opaque(x);
	if (x != 5)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	opaque(x);
	if (x == 5)
		bpf_preempt_enable();
	return 0;
}
