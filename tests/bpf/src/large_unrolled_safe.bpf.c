// expect: large_unrolled_safe: safe
//   About 6,000 instructions of straight-line mixing, half of it inside an RCU section, and one
//   copy after the section closes.
// kernel: loads
#include "common.h"
#include "large.h"

SEC("uprobe.s")
int large_unrolled_safe(struct pt_regs *ctx)
{
	u64 h = PT_REGS_PARM1(ctx);
	char buf[8];

	REPEAT_512(MIX(h))
	bpf_rcu_read_lock();
	REPEAT_512(MIX(h))
	bpf_rcu_read_unlock();
	bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	return h & 0xff;
}
