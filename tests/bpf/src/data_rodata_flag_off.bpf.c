// expect: data_rodata_flag_off: safe
//   A const volatile (.rodata) flag, 0 in the object, decides a copy inside an RCU section. With
//   the object's .rodata (what loads when the loader rewrites nothing) the copy is dead code.
//   With --rodata-unknown (a skeleton may set the flag) it is a violation.
// kernel: loads
#include "common.h"

const volatile u32 copy_inside = 0;

SEC("uprobe.s")
int data_rodata_flag_off(struct pt_regs *ctx)
{
	char buf[8];

	bpf_rcu_read_lock();
	if (copy_inside)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	bpf_rcu_read_unlock();
	return 0;
}
