// expect: region_rcu_pointer_field_address_in_rcu: safe
//   The pick of region_rcu_pointer_field_address_selected inside an RCU section: group_leader and
//   real_parent are both on the kernel's RCU-protected list, so the pointer read through either
//   field's address is MEM_RCU and the storage lookup takes it.
// kernel: loads
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
int region_rcu_pointer_field_address_in_rcu(int *ctx)
{
	long tagged;

	bpf_rcu_read_lock();
	tagged = tag_ancestor(bpf_get_current_task_btf(), ctx[0]);
	bpf_rcu_read_unlock();
	return tagged;
}
