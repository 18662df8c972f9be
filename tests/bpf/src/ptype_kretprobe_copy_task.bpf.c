// expect: ptype_kretprobe_copy_task: violation no-sleep-in-atomic
//   kretprobe programs are never sleepable; bpf_copy_from_user_task may sleep.
// kernel: refuses: "helper call might sleep in a non-sleepable prog"
#include "common.h"

SEC("kretprobe/do_sys_openat2")
int ptype_kretprobe_copy_task(struct pt_regs *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();
	u64 v = 0;

	bpf_copy_from_user_task(&v, sizeof(v), (void *)PT_REGS_RC(ctx), task, 0);
	return v != 0;
}
