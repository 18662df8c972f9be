// expect: path_helper_errno_result_bad: violation no-sleep-in-atomic
//   The same read, but the RCU section is opened where it failed: a negative errno is a result the
//   helper does return, so the copy from user memory may run inside the section.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

SEC("uprobe.s")
int path_helper_errno_result_bad(struct pt_regs *ctx)
{
	u64 v = 0, w = 0;
	long err;

	err = bpf_probe_read_kernel(&v, sizeof(v), (void *)PT_REGS_PARM2(ctx));
	if (err < 0)
		bpf_rcu_read_lock();
	bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM1(ctx));
	if (err < 0)
		bpf_rcu_read_unlock();
	return (v + w) & 1;
}
