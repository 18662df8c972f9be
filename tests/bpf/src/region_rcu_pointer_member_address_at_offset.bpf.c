// expect: region_rcu_pointer_member_address_at_offset: violation kernel-contract
//   Inside an RCU section the caller hands a static function the address of the current task's
//   real_parent, and the function reads the pointer after it, slot[1]: task->parent, which is not
//   on the verifier's RCU-safe list. Read in a section it is a plain pointer, and bpf_task_acquire,
//   a KF_RCU kfunc, refuses it (real_parent itself would be accepted).
// kernel: refuses: "R1 must be a rcu pointer"
#include "common.h"

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;

static __noinline int acquire_next(struct task_struct **slot)
{
	struct task_struct *task = bpf_task_acquire(slot[1]);

	if (!task)
		return 0;
	bpf_task_release(task);
	return 1;
}

SEC("syscall")
int region_rcu_pointer_member_address_at_offset(void *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();
	int found;

	_Static_assert(__builtin_offsetof(struct task_struct, parent) ==
		       __builtin_offsetof(struct task_struct, real_parent) + 8, "parent follows real_parent");
	bpf_rcu_read_lock();
	found = acquire_next(&task->real_parent);
	bpf_rcu_read_unlock();
	return found;
}
