// expect: live_loop_task_btf: safe
//   A sleepable uprobe reads fields of the current task_struct (so its BTF holds hundreds of
//   kernel types, more than a 64 KiB BTF log can list) and runs a bpf_loop callback that copies
//   from user memory in the caller's sleepable context. The kernel needs the object's BTF and a
//   func_info for the callback.
// kernel: loads
#include "common.h"

struct loop_ctx {
	const char *p;
	u64 sum;
};

static long copy_one(u64 i, struct loop_ctx *lc)
{
	u64 w = 0;

	bpf_copy_from_user(&w, sizeof(w), lc->p + 8 * (i & 7));
	lc->sum += w;
	return 0;
}

SEC("uprobe.s")
int live_loop_task_btf(struct pt_regs *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();
	struct loop_ctx lc = { .p = (const char *)PT_REGS_PARM1(ctx) };

	lc.sum = task->pid + task->real_parent->tgid + task->mm->start_stack + task->signal->nr_threads
		 + task->cgroups->dfl_cgrp->kn->id;
	bpf_loop(8, copy_one, &lc, 0);
	return lc.sum & 0xff;
}
