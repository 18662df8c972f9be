// expect: region_rcu_pointer_kptr_in_for_each_value_inside_section: safe
//   The same walk of watched tasks inside bpf_rcu_read_lock: the callback runs in the caller's RCU
//   section, each kptr it loads is an RCU pointer, and bpf_task_acquire takes it.
// kernel: loads
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
int region_rcu_pointer_kptr_in_for_each_value_inside_section(void *ctx)
{
	u64 live = 0;

	bpf_rcu_read_lock();
	bpf_for_each_map_elem(&watch, count_live, &live, 0);
	bpf_rcu_read_unlock();
	return live;
}
