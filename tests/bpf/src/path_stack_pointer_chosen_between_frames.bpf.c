// expect: path_stack_pointer_chosen_between_frames: violation no-sleep-in-atomic
//   A subprogram stores through a pointer that is either its own local or its caller's flag,
//   chosen by an input. When the input picks the caller's flag, the flag becomes 1 and the copy
//   runs inside the RCU section: a store through a chosen pointer must reach both frames.
// kernel: refuses
#include "common.h"

static __noinline int mark(u64 *flag, u64 which)
{
	u64 mine = 0;
	u64 *where = &mine;

	if (which == 77)
		where = flag;
	opaque(where);
	*where = 1;
	asm volatile("" :: "r"(&mine) : "memory");
	return 0;
}

SEC("uprobe.s")
int path_stack_pointer_chosen_between_frames(struct pt_regs *ctx)
{
	char buf[8];
	u64 flag = 0;

	asm volatile("" :: "r"(&flag) : "memory");
	mark(&flag, PT_REGS_PARM2(ctx));
	bpf_rcu_read_lock();
	if (flag)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	bpf_rcu_read_unlock();
	return 0;
}
