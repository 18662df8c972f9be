// expect: large_doubtful_safe: safe
//   About 8,000 instructions of mixing around one doubtful copy: it sits between the lock and
//   the unlock, guarded by x <= 100 while the section is taken only when x > 100.
// kernel: loads
#include "common.h"
#include "large.h"

SEC("uprobe.s")
int large_doubtful_safe(struct pt_regs *ctx)
{
	u64 x = PT_REGS_PARM1(ctx);
	u64 h = PT_REGS_PARM3(ctx);
	char buf[8];

	REPEAT_1024(MIX(h))
	if (x > 100)
		bpf_rcu_read_lock();
	REPEAT_512(MIX(h))
	if (x <= 100)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	REPEAT_512(MIX(h))
	if (x > 100)
		bpf_rcu_read_unlock();
	return h & 0xff;
}
