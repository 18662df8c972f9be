// expect: region_rcu_pointer_loaded_through_either_slot: violation kernel-contract
//   Two stack words hold the current task (trusted) and its real_parent read outside any RCU
//   section (untrusted, in this sleepable program); a pointer picks one of them by an argument and
//   the task loaded through it goes to bpf_task_acquire, which refuses the untrusted one.
// kernel: refuses: "R1 must be a rcu pointer"
#include "common.h"

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;

struct args {
	u64 pick;
};

SEC("syscall")
int region_rcu_pointer_loaded_through_either_slot(struct args *ctx)
{
	struct task_struct *me = bpf_get_current_task_btf();
	struct task_struct *volatile pair[2];
	struct task_struct *volatile *chosen;
	struct task_struct *held;

	pair[0] = me;
	pair[1] = me->real_parent;
	chosen = ctx->pick & 1 ? &pair[1] : &pair[0];
	held = bpf_task_acquire(*chosen);
	if (!held)
		return 0;
	bpf_task_release(held);
	return 1;
}
