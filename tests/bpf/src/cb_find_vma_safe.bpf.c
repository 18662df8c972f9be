// expect: cb_find_vma_safe: safe
//   bpf_find_vma's callback reads the VMA's bounds (no blocking call); the copy follows.
// kernel: loads
#include "common.h"

static long vma_size(struct task_struct *task, struct vm_area_struct *vma, u64 *size)
{
	*size = vma->vm_end - vma->vm_start;
	return 0;
}

SEC("uprobe.s")
int cb_find_vma_safe(struct pt_regs *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();
	u64 size = 0, w = 0;

	bpf_find_vma(task, PT_REGS_IP(ctx), vma_size, &size, 0);
	bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM1(ctx));
	return (size + w) & 0xff;
}
