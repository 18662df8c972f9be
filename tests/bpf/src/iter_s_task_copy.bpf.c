// expect: iter_s_task_copy: safe
//   A sleepable task iterator copies a word of each task's user memory with
//   bpf_copy_from_user_task.
// kernel: loads
#include "common.h"

SEC("iter.s/task")
int iter_s_task_copy(struct bpf_iter__task *ctx)
{
	struct task_struct *task = ctx->task;
	u64 w = 0;

	if (!task || !task->mm)
		return 0;
	bpf_copy_from_user_task(&w, sizeof(w), (void *)task->mm->arg_start, task, 0);
	BPF_SEQ_PRINTF(ctx->meta->seq, "%d %llx\n", task->pid, w);
	return 0;
}
