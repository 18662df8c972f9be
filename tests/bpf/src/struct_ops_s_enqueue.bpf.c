// expect: struct_ops_s_enqueue: violation admissible
//   sched_ext's enqueue callback runs with the runqueue lock held; loading it sleepable is
//   refused whatever it does.
// kernel: not loadable here (no sched_ext in this kernel); verdict by reasoning:
//   bpf_scx_check_member() returns -EINVAL for a sleepable program on any member not listed
#include "sched_ext.h"

SEC("struct_ops.s/enqueue")
void BPF_PROG(struct_ops_s_enqueue, struct task_struct *p, u64 enq_flags)
{
}

SEC(".struct_ops.link")
struct sched_ext_ops sc_enqueue_ops = {
	.enqueue = (void *)struct_ops_s_enqueue,
	.name = "sc_enqueue",
};
