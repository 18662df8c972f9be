// expect: ptype_uprobe_copy: violation no-sleep-in-atomic
//   The same call as ptype_uprobe_s_copy, but SEC("uprobe") loads without BPF_F_SLEEPABLE.
// kernel: refuses: "helper call might sleep in a non-sleepable prog"
#include "common.h"

SEC("uprobe")
int ptype_uprobe_copy(struct pt_regs *ctx)
{
	char buf[32];

	if (bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx)))
		return 0;
	return buf[0] == '/';
}
