// expect: region_res_spin_irqsave_failed_keeps_flags: safe
//   A syscall program zeroes its flags word and takes a res spin lock with IRQs saved. Where the
//   lock fails, bpf_res_spin_lock_irqsave restores IRQs itself and stores nothing (it writes the
//   flags only once it holds the lock), so the copy from user memory inside an RCU section, which
//   waits for failed-and-nonzero flags, never runs.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct res_locked_val);
} rflags SEC(".maps");

SEC("syscall")
int region_res_spin_irqsave_failed_keeps_flags(void *ctx)
{
	u32 k = 0;
	struct res_locked_val *v = bpf_map_lookup_elem(&rflags, &k);
	unsigned long flags = 0;
	u64 w = 0;

	if (!v)
		return 0;
	if (bpf_res_spin_lock_irqsave(&v->lock, &flags)) {
		if (*(volatile unsigned long *)&flags) {
			bpf_rcu_read_lock();
			bpf_copy_from_user(&w, sizeof(w), ctx);
			bpf_rcu_read_unlock();
		}
		return w & 1;
	}
	v->x++;
	bpf_res_spin_unlock_irqrestore(&v->lock, &flags);
	return 0;
}
