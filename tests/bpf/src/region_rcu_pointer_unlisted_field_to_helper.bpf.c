// expect: region_rcu_pointer_unlisted_field_to_helper: safe
//   The control of region_rcu_pointer_unlisted_field_to_kfunc: a plain pointer read inside an
//   RCU section is one a helper's task argument takes.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, u64);
} task_marks SEC(".maps");

SEC("syscall")
int region_rcu_pointer_unlisted_field_to_helper(void *ctx)
{
	u64 *mark;

	bpf_rcu_read_lock();
	mark = bpf_task_storage_get(&task_marks, bpf_get_current_task_btf()->parent, 0, 0);
	bpf_rcu_read_unlock();
	return mark ? 1 : 0;
}
