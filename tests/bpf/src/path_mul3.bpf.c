// expect: path_mul3: safe
//   y = x * 3 with x below 2^16: y <= 300 exactly when x <= 100, so the copy never runs in the
//   RCU section. The verifier does not link y to x through a multiplication.
// kernel: refuses (lost precision: y's range is not narrowed by the test on x): "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

SEC("uprobe.s")
int path_mul3(struct pt_regs *ctx)
{
	u64 x = PT_REGS_PARM1(ctx) & 0xffff;
	u64 y = x * 3;
	char buf[8];

	opaque(y);
	if (x > 100)
		bpf_rcu_read_lock();
	if (y <= 300)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	if (x > 100)
		bpf_rcu_read_unlock();
	return 0;
}
