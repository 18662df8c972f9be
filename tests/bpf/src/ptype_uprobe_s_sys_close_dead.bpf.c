// expect: ptype_uprobe_s_sys_close_dead: safe
//   As ptype_uprobe_s_sys_close_not_offered, but the call sits behind a .rodata switch the object
//   leaves off: no run reaches it, and the verifier, which reads the frozen switch, never looks at
//   it either.
// kernel: loads
#include "common.h"

const volatile bool close_fds = false;

SEC("uprobe.s")
int ptype_uprobe_s_sys_close_dead(struct pt_regs *ctx)
{
	int fd = (int)PT_REGS_PARM1(ctx);

	if (close_fds && fd > 2)
		return bpf_sys_close(fd);
	return 0;
}
