// expect: path_helper_errno_result: safe
//   bpf_probe_read_kernel returns 0 or a negative errno, as its documentation in
//   include/uapi/linux/bpf.h states, so the RCU section opened where it returned a positive number
//   is never opened, and the copy from user memory never runs inside it. The verifier takes the
//   result as any number.
// kernel: refuses (lost precision: the helper's result is any number to the verifier): "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

SEC("uprobe.s")
int path_helper_errno_result(struct pt_regs *ctx)
{
	u64 v = 0, w = 0;
	long err;

	err = bpf_probe_read_kernel(&v, sizeof(v), (void *)PT_REGS_PARM2(ctx));
	if (err > 0)
		bpf_rcu_read_lock();
	bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM1(ctx));
	if (err > 0)
		bpf_rcu_read_unlock();
	return (v + w) & 1;
}
