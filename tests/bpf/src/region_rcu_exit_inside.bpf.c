// expect: region_rcu_exit_inside: violation regions-balanced
//   An early return leaves the RCU section open at exit.
// kernel: refuses: "BPF_EXIT instruction in main prog cannot be used inside bpf_rcu_read_lock-ed region"
#include "common.h"

SEC("uprobe.s")
int region_rcu_exit_inside(struct pt_regs *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();
	int ppid;

	bpf_rcu_read_lock();
	ppid = task->real_parent->tgid;
	if (ppid == 1)
		return 1;
	bpf_rcu_read_unlock();
	return 0;
}
