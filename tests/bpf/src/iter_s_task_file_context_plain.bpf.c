// expect: iter_s_task_file_context_plain: safe
//   A sleepable task_file iterator looks up its context's task in task storage, with no RCU section.
//   Its context members are arguments the kernel passes, not fields read from a kernel object, so
//   the verifier keeps them as plain pointers, which a helper takes (a KF_RCU kfunc would not).
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, u64);
} files_seen SEC(".maps");

SEC("iter.s/task_file")
int iter_s_task_file_context_plain(struct bpf_iter__task_file *ctx)
{
	struct task_struct *task = ctx->task;
	u64 *seen;

	if (!task || !ctx->file)
		return 0;
	seen = bpf_task_storage_get(&files_seen, task, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);
	if (seen)
		*seen += 1;
	return 0;
}
