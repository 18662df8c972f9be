// expect: struct_ops_s_init_task_cpu_curr_outside_rcu: violation kernel-contract
//   A sleepable init_task callback reads the task running on CPU 0 with scx_bpf_cpu_curr, a
//   KF_RCU_PROTECTED kfunc, outside an RCU read-side section.
// kernel: not loadable here (no sched_ext in this kernel); verdict by reasoning:
//   check_kfunc_call() refuses a KF_RCU_PROTECTED kfunc outside RCU in a sleepable program
//   ("kernel func scx_bpf_cpu_curr requires RCU critical section protection")
#include "sched_ext.h"

SEC("struct_ops.s/init_task")
s32 BPF_PROG(struct_ops_s_init_task_cpu_curr_outside_rcu, struct task_struct *p,
	     struct scx_init_task_args *args)
{
	struct task_struct *curr = scx_bpf_cpu_curr(0);

	return curr && curr->pid == p->pid;
}

SEC(".struct_ops.link")
struct sched_ext_ops sc_curr_ops = {
	.init_task = (void *)struct_ops_s_init_task_cpu_curr_outside_rcu,
	.name = "sc_curr",
};
