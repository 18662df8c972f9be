// expect: region_rcu_pointer_kptr_in_for_each_value: violation kernel-contract
//   A sleepable program walks a hash map of watched tasks with bpf_for_each_map_elem; the callback
//   reads each element's task kptr from the value it is handed and takes a reference. No RCU
//   section is open: a kptr loaded so is untrusted, and bpf_task_acquire refuses it.
// kernel: refuses: "R1 must be a rcu pointer"
#include "common.h"

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;

struct watched {
	struct task_struct __kptr *task;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, u32);
	__type(value, struct watched);
} watch SEC(".maps");

static long count_live(struct bpf_map *map, u32 *key, struct watched *value, u64 *live)
{
	struct task_struct *held;

	if (!value->task)
		return 0;
	held = bpf_task_acquire(value->task);
	if (held) {
		(*live)++;
		bpf_task_release(held);
	}
	return 0;
}

SEC("syscall")
int region_rcu_pointer_kptr_in_for_each_value(void *ctx)
{
	u64 live = 0;

	bpf_for_each_map_elem(&watch, count_live, &live, 0);
	return live;
}
