// expect: region_rcu_pointer_kptr_loaded_two_callees_down: violation kernel-contract
//   A map value's pointer is handed down through two static functions, and the inner one loads
//   the task kptr from it, with no RCU section open in this sleepable program: untrusted, which
//   bpf_task_acquire refuses.
// kernel: refuses: "R1 must be a rcu pointer"
#include "common.h"

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;

struct watched {
	struct task_struct __kptr *task;
	int owner;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct watched);
} watch SEC(".maps");

static __noinline int acquire_watched(struct watched *entry)
{
	struct task_struct *held;

	if (!entry->task)
		return 0;
	held = bpf_task_acquire(entry->task);
	if (!held)
		return 0;
	bpf_task_release(held);
	return 1;
}

static __noinline int check_entry(struct watched *entry)
{
	entry->owner++;
	return acquire_watched(entry);
}

SEC("syscall")
int region_rcu_pointer_kptr_loaded_two_callees_down(void *ctx)
{
	u32 key = 0;
	struct watched *entry = bpf_map_lookup_elem(&watch, &key);

	if (!entry)
		return 0;
	return check_entry(entry);
}
