// expect: region_rcu_nested: violation kernel-contract nested-rcu
//   Two nested RCU read-side sections and no blocking call at all: harmless at run time
//   (rcu_read_lock nests), but 6.18 keeps RCU as a flag and refuses the second lock.
// kernel: refuses: "nested rcu read lock (kernel function bpf_rcu_read_lock)"
#include "common.h"

SEC("uprobe.s")
int region_rcu_nested(struct pt_regs *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();
	int a, b;

	bpf_rcu_read_lock();
	a = task->real_parent->tgid;
	bpf_rcu_read_lock();
	b = task->group_leader->pid;
	bpf_rcu_read_unlock();
	bpf_rcu_read_unlock();
	return a + b;
}
