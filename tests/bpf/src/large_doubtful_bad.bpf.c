// expect: large_doubtful_bad: violation no-sleep-in-atomic
//   About 8,000 instructions; the one doubtful copy inside the RCU section runs when bit 16 of
//   the third argument is set, which nothing prevents.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"
#include "large.h"

SEC("uprobe.s")
int large_doubtful_bad(struct pt_regs *ctx)
{
	u64 sel = PT_REGS_PARM3(ctx);
	u64 h = PT_REGS_PARM1(ctx);
	char buf[8];

	REPEAT_1024(MIX(h))
	bpf_rcu_read_lock();
	REPEAT_512(MIX(h))
	if (sel & 0x10000)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	REPEAT_512(MIX(h))
	bpf_rcu_read_unlock();
	return h & 0xff;
}
