// expect: ptype_uretprobe_s_copy_str: safe
//   uretprobe.s is sleepable; the sleepable kfunc bpf_copy_from_user_str runs outside any region.
// kernel: loads
#include "common.h"

SEC("uretprobe.s")
int ptype_uretprobe_s_copy_str(struct pt_regs *ctx)
{
	char buf[64];
	int n;

	n = bpf_copy_from_user_str(buf, sizeof(buf), (void *)PT_REGS_RC(ctx), 0);
	return n > 0;
}
