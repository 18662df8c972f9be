// expect: blk_copy_from_user_task_str_kprobe: violation no-sleep-in-atomic
//   The sleepable kfunc bpf_copy_from_user_task_str in a kprobe.
// kernel: refuses: "program must be sleepable to call sleepable kfunc bpf_copy_from_user_task_str"
#include "common.h"

SEC("kprobe/do_sys_openat2")
int blk_copy_from_user_task_str_kprobe(struct pt_regs *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();
	char name[32];

	return bpf_copy_from_user_task_str(name, sizeof(name), (void *)PT_REGS_PARM2(ctx), task, 0);
}
