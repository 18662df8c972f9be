// expect: data_data_flag: violation no-sleep-in-atomic
//   The flag lives in .data (writable at run time by user space or another program), 0 in the
//   object: it can be 1 when the program runs.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

u32 copy_inside = 0;

SEC("uprobe.s")
int data_data_flag(struct pt_regs *ctx)
{
	char buf[8];

	bpf_rcu_read_lock();
	if (copy_inside)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	bpf_rcu_read_unlock();
	return 0;
}
