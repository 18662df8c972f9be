// expect: live_task_storage: safe
//   A kprobe counts calls in task-local storage. The kernel creates a task-storage map only
//   with BPF_F_NO_PREALLOC and BTF key and value types; nothing here may sleep. The task_struct
//   fields it adds up make the object's BTF large (hundreds of types).
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, u64);
} counts SEC(".maps");

SEC("kprobe/do_nanosleep")
int live_task_storage(struct pt_regs *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();
	u64 *n = bpf_task_storage_get(&counts, task, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);

	if (n)
		*n += task->pid + task->real_parent->tgid + task->mm->start_stack + task->signal->nr_threads
		      + task->cgroups->dfl_cgrp->kn->id;
	return 0;
}
