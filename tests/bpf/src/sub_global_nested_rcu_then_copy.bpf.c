// expect: sub_global_nested_rcu_then_copy: violation no-sleep-in-atomic
//   As sub_global_own_rcu_in_callers_rcu, but the copy comes right after the call, still inside
//   the caller's RCU section: the global's unlock ends its own section (RCU read locks nest at
//   run time), not the caller's.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

__noinline int peek_parent(int bias)
{
	struct task_struct *t;
	int pid;

	bpf_rcu_read_lock();
	t = bpf_get_current_task_btf();
	pid = t->real_parent->tgid + bias;
	bpf_rcu_read_unlock();
	return pid;
}

SEC("uprobe.s")
int sub_global_nested_rcu_then_copy(struct pt_regs *ctx)
{
	u64 w = 0;
	int pid;

	bpf_rcu_read_lock();
	pid = peek_parent(1);
	bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM1(ctx));
	bpf_rcu_read_unlock();
	return (pid + w) & 1;
}
