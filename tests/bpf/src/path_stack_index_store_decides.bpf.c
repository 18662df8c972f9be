// expect: path_stack_index_store_decides: violation no-sleep-in-atomic
//   A store into a stack array at an index from the context (flags[i] = 1, i below 8), then a
//   copy inside an RCU section when flags[3] is set: with i == 3 it is. The store lands on the
//   byte its computed address names.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

SEC("uprobe.s")
int path_stack_index_store_decides(struct pt_regs *ctx)
{
	struct {
		u32 seen;
		u8 flags[8];
	} s = {};
	u32 i = PT_REGS_PARM2(ctx) & 7;
	u64 w = 0;

	opaque(s.seen);
	s.flags[i] = 1;
	opaque(i);
	if (s.flags[3]) {
		bpf_rcu_read_lock();
		bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM1(ctx));
		bpf_rcu_read_unlock();
	}
	return w & 1;
}
