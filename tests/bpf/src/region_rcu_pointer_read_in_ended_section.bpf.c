// expect: region_rcu_pointer_read_in_ended_section: violation kernel-contract
//   The current task's real_parent is read inside one RCU read-side section and passed to
//   bpf_task_acquire inside the next one. bpf_rcu_read_unlock ends the pointer's protection (the
//   parent may be freed between the sections): the verifier turns it untrusted there, and the
//   second section does not make it trusted again.
// kernel: refuses: "R1 must be a rcu pointer"
#include "common.h"

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;

SEC("syscall")
int region_rcu_pointer_read_in_ended_section(void *ctx)
{
	struct task_struct *current_task = bpf_get_current_task_btf(), *parent, *held;
	int pid = 0;

	bpf_rcu_read_lock();
	parent = current_task->real_parent;
	bpf_rcu_read_unlock();
	bpf_rcu_read_lock();
	held = bpf_task_acquire(parent);
	bpf_rcu_read_unlock();
	if (held) {
		pid = held->tgid;
		bpf_task_release(held);
	}
	return pid;
}
