// expect: region_rcu_pointer_kptr_loaded_outside_section: violation kernel-contract
//   A map value holds a referenced task kptr. A sleepable program loads it outside any RCU section,
//   which leaves it untrusted (the task may be freed meanwhile), and passes it to
//   bpf_task_storage_get.
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

SEC("syscall")
int region_rcu_pointer_kptr_loaded_outside_section(void *ctx)
{
	u32 key = 0;
	struct watched *entry = bpf_map_lookup_elem(&watch, &key);
	struct task_struct *task;

	if (!entry)
		return 0;
	entry->owner = bpf_get_current_task_btf()->pid;
	task = entry->task;
	if (!task)
		return 0;
	return bpf_task_storage_get(&task_marks, task, 0, 0) != 0;
}
