// expect: region_rcu_pointer_kptr_loaded_by_callee: violation kernel-contract
//   A static function loads a task kptr from the map value it is passed, inside its caller's RCU
//   section (MEM_RCU); the caller keeps it past bpf_rcu_read_unlock, which turns it untrusted, and
//   passes it to bpf_task_storage_get.
// kernel: refuses: "R2 type=untrusted_ptr_ expected=ptr_, trusted_ptr_, rcu_ptr_"
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

static __noinline struct task_struct *watched_task(struct watched *entry)
{
	return entry->task;
}

SEC("syscall")
int region_rcu_pointer_kptr_loaded_by_callee(void *ctx)
{
	u32 key = 0;
	struct watched *entry = bpf_map_lookup_elem(&watch, &key);
	struct task_struct *task;

	if (!entry)
		return 0;
	entry->owner = bpf_get_current_task_btf()->pid;
	bpf_rcu_read_lock();
	task = watched_task(entry);
	bpf_rcu_read_unlock();
	if (!task)
		return 0;
	return bpf_task_storage_get(&task_marks, task, 0, 0) != 0;
}
