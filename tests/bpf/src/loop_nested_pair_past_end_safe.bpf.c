// expect: loop_nested_pair_past_end_safe: safe
//   loop_nested_last_pair_copy's twin whose copy waits for an inner counter of 30, which the inner
//   loop never reaches: no run copies.
// kernel: loads
// cpu: v1
#include "common.h"

SEC("kprobe/do_nanosleep")
int loop_nested_pair_past_end_safe(struct pt_regs *ctx)
{
	char buf[8] = {};
	long from = PT_REGS_PARM2(ctx);

	for (int i = 0; i < 30; i++) {
		opaque(i);
		for (int j = 0; j < 30; j++) {
			opaque(j);
			if (i == 29 && j == 30)
				bpf_copy_from_user(buf, sizeof(buf), (void *)from);
		}
	}
	return buf[0];
}
