// expect: data_rodata_pair: safe
//   Two .rodata constants: the section is taken when use_rcu is set, the copy when use_copy is
//   set; the object sets exactly one. With --rodata-unknown both could be set: a violation.
// kernel: loads
#include "common.h"

const volatile u8 use_rcu = 1;
const volatile u8 use_copy = 0;

SEC("uprobe.s")
int data_rodata_pair(struct pt_regs *ctx)
{
	char buf[8];

	if (use_rcu)
		bpf_rcu_read_lock();
	if (use_copy)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	if (use_rcu)
		bpf_rcu_read_unlock();
	return 0;
}
