// expect: iter_s_task_copy_in_rcu: violation no-sleep-in-atomic
//   The sleepable task iterator copies inside an RCU section it opens to read the parent.
// kernel: refuses: "sleepable helper bpf_copy_from_user_task#191 in rcu_read_lock region"
#include "common.h"

SEC("iter.s/task")
int iter_s_task_copy_in_rcu(struct bpf_iter__task *ctx)
{
	struct task_struct *task = ctx->task;
	u64 w = 0;
	int ppid;

	if (!task || !task->mm)
		return 0;
	bpf_rcu_read_lock();
	ppid = task->real_parent->tgid;
	bpf_copy_from_user_task(&w, sizeof(w), (void *)task->mm->arg_start, task, 0);
	bpf_rcu_read_unlock();
	BPF_SEQ_PRINTF(ctx->meta->seq, "%d %d %llx\n", task->pid, ppid, w);
	return 0;
}
