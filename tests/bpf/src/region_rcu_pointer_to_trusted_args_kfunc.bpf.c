// expect: region_rcu_pointer_to_trusted_args_kfunc: violation kernel-contract
//   bpf_iter_task_new wants a trusted task (KF_TRUSTED_ARGS): the real_parent read inside an RCU
//   section is MEM_RCU, which is not enough for it.
// kernel: refuses: "R2 must be referenced or trusted"
#include "common.h"

SEC("syscall")
int region_rcu_pointer_to_trusted_args_kfunc(void *ctx)
{
	struct bpf_iter_task it;
	struct task_struct *task;
	int count = 0;

	bpf_rcu_read_lock();
	bpf_iter_task_new(&it, bpf_get_current_task_btf()->real_parent, BPF_TASK_ITER_PROC_THREADS);
	while ((task = bpf_iter_task_next(&it)) && count < 16)
		count++;
	bpf_iter_task_destroy(&it);
	bpf_rcu_read_unlock();
	return count;
}
