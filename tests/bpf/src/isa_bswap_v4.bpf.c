// expect: isa_bswap_v4: safe
//   y = bswap16(x): y >= 256 exactly when the low byte of x is non-zero. Lock when the low byte is
//   zero; copy when y >= 256.
// kernel: refuses (lost precision: a byte swap's result is not linked to x): "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

SEC("uprobe.s")
int isa_bswap_v4(struct pt_regs *ctx)
{
	u64 x = PT_REGS_PARM1(ctx);
	u64 y = __builtin_bswap16((u16)x);
	char buf[8];

	opaque(y);
	if ((x & 0xff) == 0)
		bpf_rcu_read_lock();
	opaque(x);
	if (y >= 256)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	if ((x & 0xff) == 0)
		bpf_rcu_read_unlock();
	return 0;
}
