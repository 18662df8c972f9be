// expect: large_doubtful_mul3: safe
//   As large_doubtful_safe, but the copy's guard is y = 3 * x <= 300 (x below 2^16): the same
//   condition through a multiplication, lost by the verifier.
// kernel: refuses (lost precision: y's range is not narrowed by the test on x): "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"
#include "large.h"

SEC("uprobe.s")
int large_doubtful_mul3(struct pt_regs *ctx)
{
	u64 x = PT_REGS_PARM1(ctx) & 0xffff;
	u64 y = x * 3;
	u64 h = PT_REGS_PARM3(ctx);
	char buf[8];

	opaque(y);
	REPEAT_1024(MIX(h))
	if (x > 100)
		bpf_rcu_read_lock();
	REPEAT_512(MIX(h))
	if (y <= 300)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	REPEAT_512(MIX(h))
	if (x > 100)
		bpf_rcu_read_unlock();
	return h & 0xff;
}
