// expect: region_rcu_pointer_unlisted_field_to_kfunc: violation kernel-contract
//   task_struct.parent is on none of the verifier's trusted or RCU lists: read inside an RCU
//   section it is a plain pointer, which a KF_RCU kfunc (bpf_task_acquire) refuses even there.
// kernel: refuses: "R1 must be a rcu pointer"
#include "common.h"

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;

SEC("syscall")
int region_rcu_pointer_unlisted_field_to_kfunc(void *ctx)
{
	struct task_struct *held;
	int pid = 0;

	bpf_rcu_read_lock();
	held = bpf_task_acquire(bpf_get_current_task_btf()->parent);
	bpf_rcu_read_unlock();
	if (held) {
		pid = held->pid;
		bpf_task_release(held);
	}
	return pid;
}
