// expect: region_rcu_pointer_walked_after_unlock: violation kernel-contract
//   The real_parent read in a first RCU section turns untrusted at its unlock; its group_leader,
//   read in a second section, is read through an untrusted pointer and is untrusted too, although
//   the field is RCU-protected and the section is open.
// kernel: refuses: "R2 type=untrusted_ptr_ expected=ptr_, trusted_ptr_, rcu_ptr_"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, u64);
} task_marks SEC(".maps");

SEC("syscall")
int region_rcu_pointer_walked_after_unlock(void *ctx)
{
	struct task_struct *parent;
	u64 *mark;

	bpf_rcu_read_lock();
	parent = bpf_get_current_task_btf()->real_parent;
	bpf_rcu_read_unlock();
	bpf_rcu_read_lock();
	mark = bpf_task_storage_get(&task_marks, parent->group_leader, 0, 0);
	bpf_rcu_read_unlock();
	return mark ? 1 : 0;
}
