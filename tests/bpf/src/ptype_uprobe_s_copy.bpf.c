// expect: ptype_uprobe_s_copy: safe
//   uprobe.s loads a kprobe-type program with BPF_F_SLEEPABLE; with no region open,
//   bpf_copy_from_user may block.
// kernel: loads
#include "common.h"

SEC("uprobe.s")
int ptype_uprobe_s_copy(struct pt_regs *ctx)
{
	char buf[32];

	if (bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx)))
		return 0;
	return buf[0] == '/';
}
