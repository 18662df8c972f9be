// expect: region_rcu_pointer_spilled_past_unlock: violation kernel-contract
//   The current task's real_parent is read in an RCU section and kept in a stack slot; read back
//   after bpf_rcu_read_unlock, it is untrusted, and bpf_task_storage_get refuses it.
// kernel: refuses: "R2 type=untrusted_ptr_ expected=ptr_, trusted_ptr_, rcu_ptr_"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, u64);
} parent_marks SEC(".maps");

SEC("syscall")
int region_rcu_pointer_spilled_past_unlock(void *ctx)
{
	struct task_struct *current_task = bpf_get_current_task_btf();
	struct task_struct *volatile kept;
	u64 *mark;

	bpf_rcu_read_lock();
	kept = current_task->real_parent;
	bpf_rcu_read_unlock();
	mark = bpf_task_storage_get(&parent_marks, kept, 0, 0);
	if (mark)
		*mark += 1;
	return 0;
}
