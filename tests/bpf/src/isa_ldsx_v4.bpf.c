// expect: isa_ldsx_v4: safe
//   x (below 256) is stored as a byte and reloaded with a sign-extending load: negative exactly
//   when x >= 128. Lock when x >= 128; copy when the reloaded value is >= 0.
// kernel: loads
#include "common.h"

SEC("uprobe.s")
int isa_ldsx_v4(struct pt_regs *ctx)
{
	u64 x = PT_REGS_PARM1(ctx) & 0xff;
	volatile s8 slot __attribute__((aligned(8)));
	s64 s;
	char buf[8];

	opaque(x);
	slot = x;
	if (x >= 128)
		bpf_rcu_read_lock();
	s = slot;
	if (s >= 0)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	if (x >= 128)
		bpf_rcu_read_unlock();
	return 0;
}
