// expect: blk_copy_from_user_task_sleepable: safe
//   bpf_copy_from_user_task on the current task from a sleepable uprobe with no region open.
// kernel: loads
#include "common.h"

SEC("uprobe.s")
int blk_copy_from_user_task_sleepable(struct pt_regs *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();
	u64 w = 0;

	bpf_copy_from_user_task(&w, sizeof(w), (void *)PT_REGS_PARM1(ctx), task, 0);
	return w & 0xff;
}
