// expect: region_rcu_pointer_flavoured_struct: safe
//   The real_parent is read through a CO-RE flavour of task_struct (task_struct___old), which
//   libbpf relocates to task_struct: inside the RCU section it is MEM_RCU, and bpf_task_acquire
//   takes it.
// kernel: loads
#include "common.h"

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;

struct task_struct___old {
	struct task_struct *real_parent;
} __attribute__((preserve_access_index));

SEC("syscall")
int region_rcu_pointer_flavoured_struct(void *ctx)
{
	struct task_struct___old *task = (void *)bpf_get_current_task_btf();
	struct task_struct *held;
	int pid = 0;

	bpf_rcu_read_lock();
	held = bpf_task_acquire(task->real_parent);
	bpf_rcu_read_unlock();
	if (held) {
		pid = held->pid;
		bpf_task_release(held);
	}
	return pid;
}
