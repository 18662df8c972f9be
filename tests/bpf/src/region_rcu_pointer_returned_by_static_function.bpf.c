// expect: region_rcu_pointer_returned_by_static_function: violation kernel-contract
//   A static function returns the current task's real_parent, read inside an RCU section; the
//   caller keeps the result past bpf_rcu_read_unlock and hands it to bpf_task_storage_get. The
//   verifier checks the callee with its caller, so the returned pointer is MEM_RCU and the unlock
//   turns it untrusted.
// kernel: refuses: "R2 type=untrusted_ptr_ expected=ptr_, trusted_ptr_, rcu_ptr_"
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
int region_rcu_pointer_returned_by_static_function(void *ctx)
{
	struct task_struct *parent;
	u64 *mark;

	bpf_rcu_read_lock();
	parent = parent_of(bpf_get_current_task_btf());
	bpf_rcu_read_unlock();
	mark = bpf_task_storage_get(&task_marks, parent, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);
	return mark ? 1 : 0;
}
