// expect: ptype_uprobe_s_sys_close_not_offered: violation kernel-contract not-offered
//   A sleepable uprobe closes a descriptor with bpf_sys_close, outside any region: nothing sleeps
//   in atomic context, but the kernel offers bpf_sys_close to syscall programs only, and refuses
//   the call where it is reached.
// kernel: refuses: "program of this type cannot use helper bpf_sys_close#168"
#include "common.h"

SEC("uprobe.s")
int ptype_uprobe_s_sys_close_not_offered(struct pt_regs *ctx)
{
	int fd = (int)PT_REGS_PARM1(ctx);

	if (fd > 2)
		return bpf_sys_close(fd);
	return 0;
}
