// expect: blk_storage_create_in_global_in_rcu: violation no-sleep-in-atomic
//   A sleepable uprobe calls a global function inside an RCU section, and the function creates the
//   task's local storage. The verifier checks the global function alone, with no region open, so it
//   passes GFP_KERNEL to the allocation (kernel/bpf/verifier.c do_misc_fixups(), where the call is
//   not marked storage_get_func_atomic), and the allocation may sleep inside the caller's section.
// kernel: loads, where the verifier misses it: the xlated code passes 3264 (GFP_KERNEL) in r5.
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, u64);
} seen SEC(".maps");

__noinline int note_task(void)
{
	u64 *count = bpf_task_storage_get(&seen, bpf_get_current_task_btf(), 0,
					  BPF_LOCAL_STORAGE_GET_F_CREATE);

	return count != 0;
}

SEC("uprobe.s")
int blk_storage_create_in_global_in_rcu(struct pt_regs *ctx)
{
	int noted;

	bpf_rcu_read_lock();
	noted = note_task();
	bpf_rcu_read_unlock();
	return noted;
}
