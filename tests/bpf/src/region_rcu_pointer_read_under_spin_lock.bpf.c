// expect: region_rcu_pointer_read_under_spin_lock: safe
//   A held spin lock is an RCU critical section to the verifier: the current task's real_parent
//   read under it is trusted, and releasing the lock does not end that trust (only
//   bpf_rcu_read_unlock does). The pointer, kept in a register past the unlock, is
//   passed to bpf_task_acquire, which the kernel accepts.
// kernel: loads
#include "common.h"

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;

struct guarded_count {
	struct bpf_spin_lock lock;
	u64 seen;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct guarded_count);
} guarded SEC(".maps");

SEC("syscall")
int region_rcu_pointer_read_under_spin_lock(void *ctx)
{
	struct task_struct *current_task = bpf_get_current_task_btf(), *held;
	struct task_struct *parent;
	struct guarded_count *val;
	u32 zero = 0;
	int pid = 0;

	val = bpf_map_lookup_elem(&guarded, &zero);
	if (!val)
		return 0;
	bpf_spin_lock(&val->lock);
	parent = current_task->real_parent;
	val->seen++;
	bpf_spin_unlock(&val->lock);
	held = bpf_task_acquire(parent);
	if (held) {
		pid = held->tgid;
		bpf_task_release(held);
	}
	return pid;
}
