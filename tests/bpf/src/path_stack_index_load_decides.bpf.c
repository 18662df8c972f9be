// expect: path_stack_index_load_decides: safe
//   A table on the stack, {0, 0, 0, 1, 0, 0, 0, 0}, read at an index from the context masked to
//   0..7: only index 3 reads 1, and the copy inside an RCU section needs a 1 at an index that is
//   not 3, which no run has. The verifier reads a stack byte at a variable offset as unknown.
//   The kernel refuses it: lost precision.
// kernel: refuses (lost precision: a variable-offset stack read is unknown to the verifier): "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

SEC("uprobe.s")
int path_stack_index_load_decides(struct pt_regs *ctx)
{
	struct {
		u32 seen;
		u8 table[8];
	} s = {0, {0, 0, 0, 1, 0, 0, 0, 0}};
	u32 i = PT_REGS_PARM2(ctx) & 7;
	u64 w = 0;

	opaque(s.seen);
	opaque(i);
	if (s.table[i] && i != 3) {
		bpf_rcu_read_lock();
		bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM1(ctx));
		bpf_rcu_read_unlock();
	}
	return w & 1;
}
