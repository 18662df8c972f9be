// expect: region_rcu_pointer_used_inside_section: safe
//   The same read of the current task's real_parent and bpf_task_acquire, both inside one RCU
//   read-side section: the pointer is trusted there, and the acquired reference outlives it.
// kernel: loads
#include "common.h"

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;

SEC("syscall")
int region_rcu_pointer_used_inside_section(void *ctx)
{
	struct task_struct *parent;
	int pid = 0;

	bpf_rcu_read_lock();
	parent = bpf_task_acquire(bpf_get_current_task_btf()->real_parent);
	bpf_rcu_read_unlock();
	if (parent) {
		pid = parent->tgid;
		bpf_task_release(parent);
	}
	return pid;
}
