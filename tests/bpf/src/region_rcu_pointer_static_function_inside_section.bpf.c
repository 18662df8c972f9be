// expect: region_rcu_pointer_static_function_inside_section: safe
//   The control of region_rcu_pointer_returned_by_static_function: the returned parent is used
//   before bpf_rcu_read_unlock, while it is still MEM_RCU.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, u64);
} task_marks SEC(".maps");

static __noinline struct task_struct *parent_of(struct task_struct *task)
{
	return task->real_parent;
}

SEC("syscall")
int region_rcu_pointer_static_function_inside_section(void *ctx)
{
	u64 *mark;

	bpf_rcu_read_lock();
	mark = bpf_task_storage_get(&task_marks, parent_of(bpf_get_current_task_btf()), 0,
				    BPF_LOCAL_STORAGE_GET_F_CREATE);
	bpf_rcu_read_unlock();
	return mark ? 1 : 0;
}
