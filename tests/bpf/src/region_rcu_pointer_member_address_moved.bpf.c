// expect: region_rcu_pointer_member_address_moved: violation kernel-contract
//   Inside an RCU section the address of the current task's real_parent is moved on by one pointer
//   (an add the compiler cannot fold into the load) to task->parent, which is not on the verifier's
//   RCU-safe list: read in a section it is a plain pointer, which bpf_task_acquire, a KF_RCU kfunc,
//   refuses (real_parent itself would be accepted).
// kernel: refuses: "R1 must be a rcu pointer"
#include "common.h"

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;

SEC("syscall")
int region_rcu_pointer_member_address_moved(void *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();
	struct task_struct **slot;
	struct task_struct *parent;

	_Static_assert(__builtin_offsetof(struct task_struct, parent) ==
		       __builtin_offsetof(struct task_struct, real_parent) + 8, "parent follows real_parent");
	bpf_rcu_read_lock();
	slot = &task->real_parent;
	asm volatile("%0 += 8" : "+r"(slot));
	parent = bpf_task_acquire(*slot);
	if (parent)
		bpf_task_release(parent);
	bpf_rcu_read_unlock();
	return 0;
}
