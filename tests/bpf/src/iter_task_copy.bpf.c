// expect: iter_task_copy: violation no-sleep-in-atomic
//   The same task iterator without ".s": a non-sleepable program calling a blocking helper.
// kernel: refuses: "helper call might sleep in a non-sleepable prog"
#include "common.h"

SEC("iter/task")
int iter_task_copy(struct bpf_iter__task *ctx)
{
	struct task_struct *task = ctx->task;
	u64 w = 0;

	if (!task || !task->mm)
		return 0;
	bpf_copy_from_user_task(&w, sizeof(w), (void *)task->mm->arg_start, task, 0);
	BPF_SEQ_PRINTF(ctx->meta->seq, "%d %llx\n", task->pid, w);
	return 0;
}
