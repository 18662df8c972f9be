// expect: region_rcu_pointer_kptr_in_global_data: violation kernel-contract
//   A referenced task kptr kept in a global variable (.bss) is loaded outside any RCU section in a
//   sleepable program: untrusted, as one from a map value is, and bpf_task_storage_get refuses it.
// kernel: refuses: "R2 type=untrusted_ptr_ expected=ptr_, trusted_ptr_, rcu_ptr_"
#include "common.h"

struct task_struct __kptr *watched_task;
int watcher_pid;

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, u64);
} task_marks SEC(".maps");

SEC("syscall")
int region_rcu_pointer_kptr_in_global_data(void *ctx)
{
	struct task_struct *task;

	watcher_pid = bpf_get_current_task_btf()->pid; /* the object's BTF gets task_struct whole */
	task = watched_task;
	if (!task)
		return 0;
	return bpf_task_storage_get(&task_marks, task, 0, 0) != 0;
}
