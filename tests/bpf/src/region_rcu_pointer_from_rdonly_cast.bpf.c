// expect: region_rcu_pointer_from_rdonly_cast: violation kernel-contract
//   bpf_rdonly_cast (the bpf_core_cast idiom) gives an untrusted pointer: readable, but
//   bpf_task_storage_get refuses it.
// kernel: refuses: "R2 type=untrusted_ptr_ expected=ptr_, trusted_ptr_, rcu_ptr_"
#include "common.h"

extern void *bpf_rdonly_cast(const void *obj, __u32 btf_id) __ksym;

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, u64);
} task_marks SEC(".maps");

SEC("syscall")
int region_rcu_pointer_from_rdonly_cast(void *ctx)
{
	struct task_struct *task = bpf_rdonly_cast((void *)bpf_get_current_task(),
						   bpf_core_type_id_kernel(struct task_struct));

	return bpf_task_storage_get(&task_marks, task, 0, 0) != 0;
}
