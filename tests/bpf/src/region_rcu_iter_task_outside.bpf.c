// expect: region_rcu_iter_task_outside: violation kernel-contract rcu-protected
//   A sleepable syscall program walks every task with the open-coded task iterator under
//   bpf_preempt_disable: the iterator is RCU-protected, and in a sleepable program only
//   bpf_rcu_read_lock opens an RCU read-side section. Nothing sleeps, but the kernel refuses it.
// kernel: refuses: "kernel func bpf_iter_task_new requires RCU critical section protection"
#include "common.h"

SEC("syscall")
int region_rcu_iter_task_outside(void *ctx)
{
	struct bpf_iter_task it;
	struct task_struct *t;
	int n = 0;

	bpf_preempt_disable();
	bpf_iter_task_new(&it, NULL, 0);
	while ((t = bpf_iter_task_next(&it)))
		n++;
	bpf_iter_task_destroy(&it);
	bpf_preempt_enable();
	return n;
}
