// expect: sub_global_own_rcu_in_callers_rcu: safe
//   A global function with its own balanced RCU section is called while the caller holds RCU. At
//   run time RCU read locks nest, and the verifier checks the global alone, where its lock is not
//   nested: the kernel loads it. The copy comes after the caller's section ends.
// kernel: loads
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
int sub_global_own_rcu_in_callers_rcu(struct pt_regs *ctx)
{
	u64 w = 0;
	int pid;

	bpf_rcu_read_lock();
	pid = peek_parent(1);
	bpf_rcu_read_unlock();
	bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM1(ctx));
	return (pid + w) & 1;
}
