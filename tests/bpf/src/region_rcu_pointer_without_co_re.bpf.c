// expect: region_rcu_pointer_without_co_re: violation kernel-contract
//   Built without CO-RE (BPF_NO_PRESERVE_ACCESS_INDEX), the current task's real_parent is a load at
//   the member's literal offset; read outside an RCU section it is untrusted all the same, and
//   bpf_task_storage_get refuses it. No entity of the object names task_struct, so its BTF does not
//   describe the struct: the layout is the running kernel's.
// kernel: refuses: "R2 type=untrusted_ptr_ expected=ptr_, trusted_ptr_, rcu_ptr_"
#define BPF_NO_PRESERVE_ACCESS_INDEX
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, u64);
} parent_seen SEC(".maps");

SEC("syscall")
int region_rcu_pointer_without_co_re(void *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();
	u64 *seen = bpf_task_storage_get(&parent_seen, task->real_parent, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);

	if (seen)
		*seen += 1;
	return 0;
}
