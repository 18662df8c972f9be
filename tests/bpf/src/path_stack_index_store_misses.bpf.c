// expect: path_stack_index_store_misses: safe
//   A store into a stack array at an index from the context masked to 4..7 (flags[4 + (i & 3)]),
//   then a copy inside an RCU section when flags[3] is set: no store lands there, and the array
//   was cleared (the verifier tracks the offset's range too).
// kernel: loads
#include "common.h"

SEC("uprobe.s")
int path_stack_index_store_misses(struct pt_regs *ctx)
{
	struct {
		u32 seen;
		u8 flags[8];
	} s = {};
	u32 i = PT_REGS_PARM2(ctx) & 3;
	u64 w = 0;

	opaque(s.seen);
	s.flags[4 + i] = 1;
	opaque(i);
	if (s.flags[3]) {
		bpf_rcu_read_lock();
		bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM1(ctx));
		bpf_rcu_read_unlock();
	}
	return w & 1;
}
