// expect: region_rcu_pointer_joined_with_trusted: violation kernel-contract
//   The task is the current one (trusted) on one path and its real_parent read outside any RCU
//   section (untrusted) on the other; the storage lookup after the join gets the untrusted one on
//   the second path.
// kernel: refuses: "R2 type=untrusted_ptr_ expected=ptr_, trusted_ptr_, rcu_ptr_"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, u64);
} task_marks SEC(".maps");

SEC("syscall")
int region_rcu_pointer_joined_with_trusted(void *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();

	if (bpf_get_prandom_u32() & 1)
		task = task->real_parent;
	return bpf_task_storage_get(&task_marks, task, 0, 0) != 0;
}
