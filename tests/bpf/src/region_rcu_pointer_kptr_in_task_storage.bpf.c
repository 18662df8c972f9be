// expect: region_rcu_pointer_kptr_in_task_storage: violation kernel-contract
//   The current task's local storage holds a task kptr (the task it last signalled). A sleepable
//   program reads it with no RCU section open: a kptr loaded so is untrusted, whichever map kind
//   holds it, and bpf_task_acquire refuses it.
// kernel: refuses: "R1 must be a rcu pointer"
#include "common.h"

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;

struct last_target {
	struct task_struct __kptr *task;
};

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, struct last_target);
} targets SEC(".maps");

SEC("syscall")
int region_rcu_pointer_kptr_in_task_storage(void *ctx)
{
	struct task_struct *me = bpf_get_current_task_btf();
	struct last_target *last;
	struct task_struct *held;

	last = bpf_task_storage_get(&targets, me, 0, 0);
	if (!last || !last->task)
		return 0;
	held = bpf_task_acquire(last->task);
	if (!held)
		return 0;
	bpf_task_release(held);
	return 1;
}
