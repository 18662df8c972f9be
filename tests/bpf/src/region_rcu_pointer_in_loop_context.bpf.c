// expect: region_rcu_pointer_in_loop_context: violation kernel-contract
//   The real_parent read in an RCU section is stored in the bpf_loop context on the caller's
//   stack; the section ends before the loop, and the callback passes the stored pointer, now
//   untrusted, to bpf_task_storage_get.
// kernel: refuses: "R2 type=untrusted_ptr_ expected=ptr_, trusted_ptr_, rcu_ptr_"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, u64);
} task_marks SEC(".maps");

struct walk {
	struct task_struct *task;
	int found;
};

static long look(u32 index, struct walk *walk)
{
	if (bpf_task_storage_get(&task_marks, walk->task, 0, 0))
		walk->found++;
	return 0;
}

SEC("syscall")
int region_rcu_pointer_in_loop_context(void *ctx)
{
	struct walk walk = {};

	bpf_rcu_read_lock();
	walk.task = bpf_get_current_task_btf()->real_parent;
	bpf_rcu_read_unlock();
	bpf_loop(3, look, &walk, 0);
	return walk.found;
}
