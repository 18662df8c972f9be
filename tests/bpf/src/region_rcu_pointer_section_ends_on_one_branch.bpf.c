// expect: region_rcu_pointer_section_ends_on_one_branch: violation kernel-contract
//   The parent is read inside an RCU read-side section; on one branch, decided by an input, the
//   program leaves the section and enters a new one before passing the pointer to
//   bpf_task_acquire. On that branch the pointer's protection has ended, and the kernel refuses it.
// kernel: refuses: "R1 must be a rcu pointer"
#include "common.h"

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;

SEC("syscall")
int region_rcu_pointer_section_ends_on_one_branch(u64 *args)
{
	struct task_struct *current_task = bpf_get_current_task_btf(), *parent, *held;
	int pid = 0;

	bpf_rcu_read_lock();
	parent = current_task->real_parent;
	opaque(parent);
	if (args[0] & 1) {
		bpf_rcu_read_unlock();
		bpf_rcu_read_lock();
	}
	held = bpf_task_acquire(parent);
	bpf_rcu_read_unlock();
	if (held) {
		pid = held->tgid;
		bpf_task_release(held);
	}
	return pid;
}
