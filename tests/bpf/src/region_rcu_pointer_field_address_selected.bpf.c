// expect: region_rcu_pointer_field_address_selected: violation kernel-contract
//   The program picks which ancestor to tag by taking the address of one of two task fields and
//   reading through it (clang adds the relocated field offset to the task pointer, then loads at 0).
//   Read outside an RCU section, either field gives an untrusted pointer, which
//   bpf_task_storage_get refuses.
// kernel: refuses: "R2 type=untrusted_ptr_ expected=ptr_, trusted_ptr_, rcu_ptr_"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, u64);
} ancestor_marks SEC(".maps");

static __always_inline long tag_ancestor(struct task_struct *task, int leader)
{
	struct task_struct **field = leader ? &task->group_leader : &task->real_parent;

	return bpf_task_storage_get(&ancestor_marks, *field, 0, BPF_LOCAL_STORAGE_GET_F_CREATE) != 0;
}

SEC("syscall")
int region_rcu_pointer_field_address_selected(int *ctx)
{
	return tag_ancestor(bpf_get_current_task_btf(), ctx[0]);
}
