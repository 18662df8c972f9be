// expect: blk_copy_from_user_task_str_syscall: safe
//   bpf_copy_from_user_task_str on a task found by pid, in a syscall program.
// kernel: loads
#include "common.h"

struct args {
	u64 uptr;
	s32 pid;
};

SEC("syscall")
int blk_copy_from_user_task_str_syscall(struct args *ctx)
{
	struct task_struct *task = bpf_task_from_pid(ctx->pid);
	char name[32];
	int n;

	if (!task)
		return 0;
	n = bpf_copy_from_user_task_str(name, sizeof(name), (void *)ctx->uptr, task, 0);
	bpf_task_release(task);
	return n;
}
