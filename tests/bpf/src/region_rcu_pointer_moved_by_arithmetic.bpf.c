// expect: region_rcu_pointer_moved_by_arithmetic: violation kernel-contract
//   The real_parent read outside RCU is untrusted; moving it forward and back (the verifier keeps a
//   pointer's flags through its arithmetic) does not make it trusted to bpf_task_storage_get.
// kernel: refuses: "R2 type=untrusted_ptr_ expected=ptr_, trusted_ptr_, rcu_ptr_"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, u64);
} task_marks SEC(".maps");

SEC("syscall")
int region_rcu_pointer_moved_by_arithmetic(void *ctx)
{
	struct task_struct *parent = bpf_get_current_task_btf()->real_parent;

	asm volatile("%0 += 16; %0 += -16" : "+r"(parent));
	return bpf_task_storage_get(&task_marks, parent, 0, 0) != 0;
}
