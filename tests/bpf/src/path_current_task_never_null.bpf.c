// expect: path_current_task_never_null: safe
//   bpf_get_current_task_btf() returns the current task, never NULL (a trusted pointer to the
//   verifier too), so the copy behind the NULL test inside the RCU section is dead code. The same
//   for bpf_cast_to_kern_ctx(), which returns the context.
// kernel: loads
#include "common.h"

extern void *bpf_cast_to_kern_ctx(void *obj) __ksym;

SEC("uprobe.s")
int path_current_task_never_null(struct pt_regs *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();
	void *kctx = bpf_cast_to_kern_ctx(ctx);
	char buf[8];

	bpf_rcu_read_lock();
	if (!task || !kctx)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	bpf_rcu_read_unlock();
	return 0;
}
