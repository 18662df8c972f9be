// expect: data_rodata_sparse_table_copy: violation no-sleep-in-atomic
//   A 1 KiB .rodata table, all zero but for one entry, read at an index from the context: index
//   700 reads 9, and then the copy runs inside the RCU section. The table is larger than any
//   listed byte by byte, but it is three runs of one value.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

const volatile unsigned char codes[1024] = { [700] = 9 };

SEC("uprobe.s")
int data_rodata_sparse_table_copy(struct pt_regs *ctx)
{
	unsigned int i = PT_REGS_PARM1(ctx) & 1023;
	char buf[8];

	bpf_rcu_read_lock();
	if (codes[i] == 9)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	bpf_rcu_read_unlock();
	return 0;
}
