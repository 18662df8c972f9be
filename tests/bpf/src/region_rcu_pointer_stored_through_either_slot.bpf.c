// expect: region_rcu_pointer_stored_through_either_slot: safe
//   Two stack words hold the current task (trusted). An argument picks one of them, and the
//   untrusted real_parent (read outside RCU in this sleepable program) is stored through the
//   pointer to it; bpf_task_storage_get is then given the word not picked, by the same argument.
//   Each path writes one word and reads the other: the task passed is always the trusted one,
//   and the verifier, which follows the two paths apart, accepts.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, u64);
} marks SEC(".maps");

struct args {
	u64 pick;
};

SEC("syscall")
int region_rcu_pointer_stored_through_either_slot(struct args *ctx)
{
	struct task_struct *me = bpf_get_current_task_btf();
	struct task_struct *volatile pair[2];
	struct task_struct *volatile *chosen;
	u64 pick = ctx->pick & 1;

	pair[0] = me;
	pair[1] = me;
	chosen = pick ? &pair[1] : &pair[0];
	*chosen = me->real_parent;
	return bpf_task_storage_get(&marks, pick ? pair[0] : pair[1], 0, 0) != 0;
}
