// expect: struct_ops_enqueue_weak_insert: safe
//   A sched_ext scheduler's enqueue callback (atomic: the runqueue lock is held) inserts the task
//   into a dispatch queue with the non-sleeping kfuncs scx_bpf_dsq_insert and scx_bpf_now, declared
//   __weak as schedulers declare them. This kernel lacks sched_ext, so libbpf would resolve them to
//   0 here; the object is meant for a kernel with sched_ext, which has both.
// kernel: not loadable here (no sched_ext in this kernel); verdict by reasoning:
//   both kfuncs are in scx_kfunc_ids_enqueue_dispatch / scx_kfunc_ids_any without KF_SLEEPABLE
#include "sched_ext.h"

SEC("struct_ops/enqueue")
void BPF_PROG(struct_ops_enqueue_weak_insert, struct task_struct *p, u64 enq_flags)
{
	u64 slice = scx_bpf_now ? scx_bpf_now() % 5000000 : 5000000;  /* bpf_ksym_exists() */

	scx_bpf_dsq_insert(p, 1, slice, enq_flags);
}

SEC(".struct_ops.link")
struct sched_ext_ops sc_weak_ops = {
	.enqueue = (void *)struct_ops_enqueue_weak_insert,
	.name = "sc_weak",
};
