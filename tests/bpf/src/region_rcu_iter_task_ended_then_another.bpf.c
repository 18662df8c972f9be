// expect: region_rcu_iter_task_ended_then_another: violation kernel-contract rcu-iterator-section
//   A task iterator made in one RCU section outlives it; the next section makes a second iterator
//   and steps the first one. The second iterator is live, but the first ended with its section,
//   and the verifier refuses its step whatever else the new section holds.
// kernel: refuses: "expected an RCU CS when using bpf_iter_task_next"
#include "common.h"

SEC("syscall")
int region_rcu_iter_task_ended_then_another(void *ctx)
{
	struct bpf_iter_task first, second;
	struct task_struct *t;
	int n = 0;

	bpf_rcu_read_lock();
	bpf_iter_task_new(&first, NULL, 0);
	bpf_rcu_read_unlock();
	bpf_rcu_read_lock();
	bpf_iter_task_new(&second, NULL, 0);
	if ((t = bpf_iter_task_next(&second)))
		n++;
	if ((t = bpf_iter_task_next(&first)))
		n++;
	bpf_iter_task_destroy(&second);
	bpf_iter_task_destroy(&first);
	bpf_rcu_read_unlock();
	return n;
}
