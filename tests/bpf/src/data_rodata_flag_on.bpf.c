// expect: data_rodata_flag_on: violation no-sleep-in-atomic
//   The same program with the .rodata flag set to 1 in the object.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

const volatile u32 copy_inside = 1;

SEC("uprobe.s")
int data_rodata_flag_on(struct pt_regs *ctx)
{
	char buf[8];

	bpf_rcu_read_lock();
	if (copy_inside)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	bpf_rcu_read_unlock();
	return 0;
}
