// expect: cb_find_vma_nonsleepable_copy: violation no-sleep-in-atomic
//   A kprobe's bpf_find_vma callback copies from user memory: the callback is non-sleepable.
// kernel: refuses: "helper call might sleep in a non-sleepable prog"
#include "common.h"

static long peek(struct task_struct *task, struct vm_area_struct *vma, u64 *word)
{
	bpf_copy_from_user(word, sizeof(*word), (void *)vma->vm_start);
	return 0;
}

SEC("kprobe/do_sys_openat2")
int cb_find_vma_nonsleepable_copy(struct pt_regs *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();
	u64 w = 0;

	bpf_find_vma(task, PT_REGS_PARM2(ctx), peek, &w, 0);
	return w & 0xff;
}
