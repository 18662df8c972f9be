// expect: region_rcu_pointer_global_trusted_argument: violation kernel-contract
//   A global function takes its task as __arg_trusted. The caller passes the real_parent it read
//   outside any RCU section, an untrusted pointer: the verifier refuses the call itself.
// kernel: refuses: "R1 type=untrusted_ptr_ expected=ptr_, trusted_ptr_, rcu_ptr_"
#include "common.h"

#ifndef __arg_trusted /* libbpf 1.4 and later define it */
#define __arg_trusted __attribute__((btf_decl_tag("arg:trusted")))
#endif

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, u64);
} task_marks SEC(".maps");

__noinline int task_marked(struct task_struct *task __arg_trusted)
{
	return bpf_task_storage_get(&task_marks, task, 0, 0) != 0;
}

SEC("syscall")
int region_rcu_pointer_global_trusted_argument(void *ctx)
{
	return task_marked(bpf_get_current_task_btf()->real_parent);
}
