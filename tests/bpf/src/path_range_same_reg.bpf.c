// expect: path_range_same_reg: safe
//   The same register decides the RCU section (x > 100) and the copy (x <= 100); the verifier
//   tracks ranges, so it sees the copy only on the unlocked path.
// kernel: loads
#include "common.h"

SEC("uprobe.s")
int path_range_same_reg(struct pt_regs *ctx)
{
	u64 x = PT_REGS_PARM1(ctx);
	char buf[8];

	if (x > 100)
		bpf_rcu_read_lock();
	opaque(x);
	if (x <= 100)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	opaque(x);
	if (x > 100)
		bpf_rcu_read_unlock();
	return 0;
}
