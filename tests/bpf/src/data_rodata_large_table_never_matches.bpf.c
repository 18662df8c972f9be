// expect: data_rodata_large_table_never_matches: safe
//   A 4 KiB .rodata table of 7s and 8s read at an index from the context is never 0xff, so the
//   copy inside the RCU section is dead code for the object's values.
// kernel: refuses (lost precision: a read-only map read at a variable offset is any number to the verifier): "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

#define SEVENS8 7, 7, 7, 7, 7, 7, 7, 7
#define SEVENS64 SEVENS8, SEVENS8, SEVENS8, SEVENS8, SEVENS8, SEVENS8, SEVENS8, SEVENS8
#define SEVENS512 SEVENS64, SEVENS64, SEVENS64, SEVENS64, SEVENS64, SEVENS64, SEVENS64, SEVENS64

const volatile unsigned char weights[4096] = { SEVENS512, SEVENS512, SEVENS512, SEVENS512, [2048 ... 4095] = 8 };

SEC("uprobe.s")
int data_rodata_large_table_never_matches(struct pt_regs *ctx)
{
	unsigned int i = PT_REGS_PARM1(ctx) & 4095;
	char buf[8];

	bpf_rcu_read_lock();
	if (weights[i] == 0xff)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	bpf_rcu_read_unlock();
	return 0;
}
