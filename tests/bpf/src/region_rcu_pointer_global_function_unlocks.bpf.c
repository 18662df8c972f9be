// expect: region_rcu_pointer_global_function_unlocks: safe
//   Inside its RCU section the program reads the real_parent, then calls a global function that
//   takes and drops an RCU section of its own. The verifier checks that function alone: its unlock
//   does not touch the caller's pointer, which bpf_task_acquire then takes (the outer section is
//   still held at run time too).
// kernel: loads
#include "common.h"

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;

__noinline int look_around(void)
{
	bpf_rcu_read_lock();
	bpf_rcu_read_unlock();
	return 0;
}

SEC("syscall")
int region_rcu_pointer_global_function_unlocks(void *ctx)
{
	struct task_struct *parent, *held;
	int pid = 0;

	bpf_rcu_read_lock();
	parent = bpf_get_current_task_btf()->real_parent;
	look_around();
	held = bpf_task_acquire(parent);
	bpf_rcu_read_unlock();
	if (held) {
		pid = held->pid;
		bpf_task_release(held);
	}
	return pid;
}
