// expect: blk_storage_create_in_rcu: safe
//   The same creation of the task's local storage written in the RCU section itself: the verifier
//   sees the section and passes GFP_ATOMIC (2080), which does not sleep.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, u64);
} seen SEC(".maps");

SEC("uprobe.s")
int blk_storage_create_in_rcu(struct pt_regs *ctx)
{
	u64 *count;

	bpf_rcu_read_lock();
	count = bpf_task_storage_get(&seen, bpf_get_current_task_btf(), 0, BPF_LOCAL_STORAGE_GET_F_CREATE);
	bpf_rcu_read_unlock();
	return count != 0;
}
