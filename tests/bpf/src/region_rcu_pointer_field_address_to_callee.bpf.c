// expect: region_rcu_pointer_field_address_to_callee: violation kernel-contract
//   The caller takes the address of the current task's real_parent (clang adds the relocated
//   offset) and hands it to a static function that reads through it. The static function is
//   verified in its caller's state, so the read is a read of real_parent outside an RCU section:
//   untrusted, and bpf_task_storage_get refuses it.
// kernel: refuses: "R2 type=untrusted_ptr_ expected=ptr_, trusted_ptr_, rcu_ptr_"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, u64);
} ancestor_seen SEC(".maps");

static __noinline struct task_struct *read_task(struct task_struct **slot)
{
	return *slot;
}

SEC("syscall")
int region_rcu_pointer_field_address_to_callee(void *ctx)
{
	struct task_struct *parent = read_task(&bpf_get_current_task_btf()->real_parent);
	u64 *seen = bpf_task_storage_get(&ancestor_seen, parent, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);

	if (seen)
		*seen += 1;
	return 0;
}
