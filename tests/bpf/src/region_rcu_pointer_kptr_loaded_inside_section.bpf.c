// expect: region_rcu_pointer_kptr_loaded_inside_section: safe
//   The control of region_rcu_pointer_kptr_loaded_outside_section: the task kptr is loaded and
//   used inside one RCU section, where it is MEM_RCU.
// kernel: loads
#include "common.h"

struct watched {
	struct task_struct __kptr *task;
	int owner; /* a field read through the task type, so that the object's BTF has task_struct whole */
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct watched);
} watch SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, u64);
} task_marks SEC(".maps");

SEC("syscall")
int region_rcu_pointer_kptr_loaded_inside_section(void *ctx)
{
	u32 key = 0;
	struct watched *entry = bpf_map_lookup_elem(&watch, &key);
	struct task_struct *task;
	int marked = 0;

	if (!entry)
		return 0;
	entry->owner = bpf_get_current_task_btf()->pid;
	bpf_rcu_read_lock();
	task = entry->task;
	if (task)
		marked = bpf_task_storage_get(&task_marks, task, 0, 0) != 0;
	bpf_rcu_read_unlock();
	return marked;
}
