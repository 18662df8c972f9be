// expect: region_rcu_pointer_task_iterator_after_unlock: violation kernel-contract
//   bpf_iter_task_next gives a MEM_RCU task (its iterator is RCU-protected). The first task is
//   kept past bpf_rcu_read_unlock, which turns it untrusted, and passed to bpf_task_storage_get.
// kernel: refuses: "R2 type=untrusted_ptr_ expected=ptr_, trusted_ptr_, rcu_ptr_"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, u64);
} task_marks SEC(".maps");

SEC("syscall")
int region_rcu_pointer_task_iterator_after_unlock(void *ctx)
{
	struct bpf_iter_task it;
	struct task_struct *first;

	bpf_rcu_read_lock();
	bpf_iter_task_new(&it, NULL, BPF_TASK_ITER_ALL_PROCS);
	first = bpf_iter_task_next(&it);
	bpf_iter_task_destroy(&it);
	bpf_rcu_read_unlock();
	if (!first)
		return 0;
	return bpf_task_storage_get(&task_marks, first, 0, 0) != 0;
}
