// expect: region_rcu_copy_before: safe
//   The blocking copy happens before the RCU section opens.
// kernel: loads
#include "common.h"

SEC("uprobe.s")
int region_rcu_copy_before(struct pt_regs *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();
	char buf[16];
	int ppid;

	bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	bpf_rcu_read_lock();
	ppid = task->real_parent->tgid;
	bpf_rcu_read_unlock();
	return buf[0] + ppid;
}
