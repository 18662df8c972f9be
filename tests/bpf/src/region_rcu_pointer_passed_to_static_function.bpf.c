// expect: region_rcu_pointer_passed_to_static_function: violation kernel-contract
//   The current task's group_leader is read inside an RCU section and, after the section ends,
//   passed to a static function that looks up its task storage. The argument keeps its trust
//   across the call: untrusted, and the helper refuses it.
// kernel: refuses: "R2 type=untrusted_ptr_ expected=ptr_, trusted_ptr_, rcu_ptr_"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, u64);
} task_marks SEC(".maps");

static __noinline int marked(struct task_struct *task)
{
	return bpf_task_storage_get(&task_marks, task, 0, 0) != 0;
}

SEC("syscall")
int region_rcu_pointer_passed_to_static_function(void *ctx)
{
	struct task_struct *leader;

	bpf_rcu_read_lock();
	leader = bpf_get_current_task_btf()->group_leader;
	bpf_rcu_read_unlock();
	return marked(leader);
}
