// expect: region_rcu_pointer_member_address_moved_back: safe
//   Inside an RCU section the address of the current task's parent is moved back by one pointer
//   (an add the compiler cannot fold into the load) to task->real_parent, which is on the
//   verifier's RCU-safe list: read in a section it is an RCU pointer, which bpf_task_acquire takes.
// kernel: loads
#include "common.h"

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;

SEC("syscall")
int region_rcu_pointer_member_address_moved_back(void *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();
	struct task_struct **slot;
	struct task_struct *parent;

	_Static_assert(__builtin_offsetof(struct task_struct, parent) ==
		       __builtin_offsetof(struct task_struct, real_parent) + 8, "parent follows real_parent");
	bpf_rcu_read_lock();
	slot = &task->parent;
	asm volatile("%0 += -8" : "+r"(slot));
	parent = bpf_task_acquire(*slot);
	if (parent)
		bpf_task_release(parent);
	bpf_rcu_read_unlock();
	return 0;
}
