// expect: loop_const_bound_safe: safe
//   A constant-bound loop sums bytes copied from user memory; each copy runs with no region open.
// kernel: loads
#include "common.h"

SEC("uprobe.s")
int loop_const_bound_safe(struct pt_regs *ctx)
{
	const char *p = (const char *)PT_REGS_PARM1(ctx);
	u64 sum = 0;

	for (int i = 0; i < 8; i++) {
		u64 w = 0;

		bpf_copy_from_user(&w, sizeof(w), p + 8 * i);
		sum += w;
	}
	return sum & 0xff;
}
