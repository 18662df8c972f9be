// expect: path_kfunc_write_decides: violation no-sleep-in-atomic
//   The sleepable kfunc bpf_copy_from_user_str fills `name`; when its first byte is '/' the program
//   disables preemption and then copies from user memory. What decides is the kfunc's output.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in non-preemptible region"
#include "common.h"

SEC("uprobe.s")
int path_kfunc_write_decides(struct pt_regs *ctx)
{
	char name[16] = {};
	char buf[8];

	bpf_copy_from_user_str(name, sizeof(name), (void *)PT_REGS_PARM1(ctx), 0);
	if (name[0] == '/')
		bpf_preempt_disable();
	bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	if (name[0] == '/')
		bpf_preempt_enable();
	return 0;
}
