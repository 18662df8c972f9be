// expect: loop_flag_kept_in_register: safe
//   A may_goto loop over a rotating bit pattern keeps a stack flag equal to "preemption is
//   disabled" and copies only while it is 0. Built for cpu v3, clang keeps the flag's value 1 in a
//   callee-saved register across the loop and stores that register: the register's constant is
//   part of what holds at the loop head.
// kernel: loads
#include "common.h"

SEC("uprobe.s")
int loop_flag_kept_in_register(struct pt_regs *ctx)
{
	u64 pattern = PT_REGS_PARM2(ctx);
	u64 held = 0;
	char buf[8];

	asm volatile("" :: "r"(&held) : "memory");
	while (pattern && can_loop) {
		if (pattern & 1) {
			if (!held) {
				bpf_preempt_disable();
				held = 1;
			}
		} else if (held) {
			bpf_preempt_enable();
			held = 0;
		}
		asm volatile("" :: "r"(&held) : "memory");
		if (!held)
			bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
		pattern = pattern >> 1 | pattern << 63;
	}
	if (held)
		bpf_preempt_enable();
	return 0;
}
