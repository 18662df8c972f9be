// expect: region_rcu_pointer_raw_chain_through_untrusted: violation kernel-contract
//   Built without CO-RE, the grandparent is two loads at the member's literal offset. The first,
//   of the current task's real_parent outside an RCU section, is untrusted; the second reads
//   through that untrusted pointer, and whatever field it reads, the verifier keeps it untrusted.
//   bpf_task_storage_get refuses it.
// kernel: refuses: "R2 type=untrusted_ptr_ expected=ptr_, trusted_ptr_, rcu_ptr_"
#define BPF_NO_PRESERVE_ACCESS_INDEX
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, u64);
} grandparent_seen SEC(".maps");

SEC("syscall")
int region_rcu_pointer_raw_chain_through_untrusted(void *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();
	struct task_struct *grandparent = task->real_parent->real_parent;
	u64 *seen = bpf_task_storage_get(&grandparent_seen, grandparent, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);

	if (seen)
		*seen += 1;
	return 0;
}
