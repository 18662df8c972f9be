// expect: region_rcu_pointer_kptr_value_from_getter: violation kernel-contract
//   A static function looks the watched entry up and returns the map value; the sleepable program
//   reads the entry's task kptr from it with no RCU section open: untrusted, and
//   bpf_task_storage_get refuses it.
// kernel: refuses: "R2 type=untrusted_ptr_ expected=ptr_, trusted_ptr_, rcu_ptr_"
#include "common.h"

struct watched {
	struct task_struct __kptr *task;
	int owner;
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

static __noinline struct watched *watched_entry(void)
{
	u32 key = 0;

	return bpf_map_lookup_elem(&watch, &key);
}

SEC("syscall")
int region_rcu_pointer_kptr_value_from_getter(void *ctx)
{
	struct watched *entry = watched_entry();
	struct task_struct *task;

	if (!entry)
		return 0;
	entry->owner = bpf_get_current_task_btf()->pid;
	task = entry->task;
	if (!task)
		return 0;
	return bpf_task_storage_get(&task_marks, task, 0, 0) != 0;
}
