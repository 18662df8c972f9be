// expect: loop_flag_value_past_smallest_constants_v4: safe
//   As loop_flag_kept_in_register, but the flag's "held" value is 0x5a and the program moves many
//   smaller constants elsewhere (sizes of copies before the loop): the value the loop both stores
//   and compares is among those tried at the loop head first.
// kernel: loads
#include "common.h"

SEC("uprobe.s")
int loop_flag_value_past_smallest_constants_v4(struct pt_regs *ctx)
{
	u64 pattern = PT_REGS_PARM2(ctx);
	void *user = (void *)PT_REGS_PARM1(ctx);
	u64 held = 0;
	char buf[16];

	asm volatile("" :: "r"(&held) : "memory");
	bpf_copy_from_user(buf, 2, user);
	bpf_copy_from_user(buf, 3, user);
	bpf_copy_from_user(buf, 5, user);
	bpf_copy_from_user(buf, 6, user);
	bpf_copy_from_user(buf, 7, user);
	bpf_copy_from_user(buf, 9, user);
	bpf_copy_from_user(buf, 10, user);
	while (pattern && can_loop) {
		if (pattern & 1) {
			if (held != 0x5a) {
				bpf_preempt_disable();
				held = 0x5a;
			}
		} else if (held == 0x5a) {
			bpf_preempt_enable();
			held = 0;
		}
		asm volatile("" :: "r"(&held) : "memory");
		if (held != 0x5a)
			bpf_copy_from_user(buf, 8, user);
		pattern = pattern >> 1 | pattern << 63;
	}
	if (held == 0x5a)
		bpf_preempt_enable();
	return 0;
}
