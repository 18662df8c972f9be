// expect: region_rcu_pointer_member_address_spilled: violation kernel-contract
//   Inside an RCU section the address of the current task's parent member is kept in a volatile
//   local, so it goes to the stack and comes back before the load through it. task->parent is not
//   on the verifier's RCU-safe list: read in a section it is a plain pointer, which
//   bpf_task_acquire, a KF_RCU kfunc, refuses. The spill and the fill keep which member it is.
// kernel: refuses: "R1 must be a rcu pointer"
#include "common.h"

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;

SEC("syscall")
int region_rcu_pointer_member_address_spilled(void *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();
	struct task_struct **volatile slot;
	struct task_struct *parent;

	bpf_rcu_read_lock();
	slot = &task->parent;
	parent = bpf_task_acquire(*slot);
	if (parent)
		bpf_task_release(parent);
	bpf_rcu_read_unlock();
	return 0;
}
