// expect: region_rcu_pointer_overwritten_through_pointer: safe
//   The real_parent read outside RCU (untrusted) is kept in a local that a static function then
//   overwrites, through the pointer it is passed, with the current task: the storage lookup gets a
//   trusted pointer.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, u64);
} task_marks SEC(".maps");

static __noinline void choose(struct task_struct **chosen, struct task_struct *task)
{
	*chosen = task;
}

SEC("syscall")
int region_rcu_pointer_overwritten_through_pointer(void *ctx)
{
	struct task_struct *current_task = bpf_get_current_task_btf();
	struct task_struct *chosen = current_task->real_parent;

	choose(&chosen, current_task);
	return bpf_task_storage_get(&task_marks, chosen, 0, 0) != 0;
}
