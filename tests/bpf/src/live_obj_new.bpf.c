// expect: live_obj_new: safe
//   A syscall program allocates a local object with bpf_obj_new, frees it, then copies from
//   user memory. bpf_obj_new takes a type of the program's own BTF, so the load needs prog BTF;
//   the fields of the current task_struct it reads make that BTF large (hundreds of types).
// kernel: loads
#include "common.h"

extern void *bpf_obj_new_impl(u64 local_type_id, void *meta) __ksym;
extern void bpf_obj_drop_impl(void *kptr, void *meta) __ksym;

struct live_node {
	u64 value;
	u64 next;
};

struct args {
	u64 uptr;
};

SEC("syscall")
int live_obj_new(struct args *ctx)
{
	struct live_node *n = bpf_obj_new_impl(bpf_core_type_id_local(struct live_node), NULL);
	struct task_struct *task = bpf_get_current_task_btf();
	u64 word = 0;

	if (!n)
		return 0;
	n->value = task->pid + task->real_parent->tgid + task->mm->start_stack + task->signal->nr_threads
		   + task->cgroups->dfl_cgrp->kn->id;
	bpf_obj_drop_impl(n, NULL);
	bpf_copy_from_user(&word, sizeof(word), (void *)ctx->uptr);
	return word & 0xff;
}
