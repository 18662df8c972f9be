// expect: region_rcu_copy_after: safe
//   The RCU section reads a task field and is closed before the blocking copy.
// kernel: loads
#include "common.h"

SEC("uprobe.s")
int region_rcu_copy_after(struct pt_regs *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();
	char buf[16];
	int ppid;

	bpf_rcu_read_lock();
	ppid = task->real_parent->tgid;
	bpf_rcu_read_unlock();
	bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	return buf[0] + ppid;
}
