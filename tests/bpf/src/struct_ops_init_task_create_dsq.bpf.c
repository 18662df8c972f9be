// expect: struct_ops_init_task_create_dsq: violation no-sleep-in-atomic
//   init_task may be sleepable, but this one is loaded with SEC("struct_ops/...") (not
//   sleepable) and calls the sleepable kfunc scx_bpf_create_dsq.
// kernel: not loadable here (no sched_ext in this kernel); verdict by reasoning:
//   "program must be sleepable to call sleepable kfunc scx_bpf_create_dsq"
#include "sched_ext.h"

SEC("struct_ops/init_task")
s32 BPF_PROG(struct_ops_init_task_create_dsq, struct task_struct *p, struct scx_init_task_args *args)
{
	return scx_bpf_create_dsq(p->pid, -1);
}

SEC(".struct_ops.link")
struct sched_ext_ops sc_init_task_ops = {
	.init_task = (void *)struct_ops_init_task_create_dsq,
	.name = "sc_init_task",
};
