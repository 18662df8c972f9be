// expect: isa_atomic_fetch_add: safe
//   old = atomic fetch-and-add on a map value; lock when old > 10, copy when old <= 10. The old
//   value is in one register, so the tests agree.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct plain_val);
} counters SEC(".maps");

SEC("uprobe.s")
int isa_atomic_fetch_add(struct pt_regs *ctx)
{
	u32 k = 0;
	struct plain_val *v = bpf_map_lookup_elem(&counters, &k);
	char buf[8];
	u64 old;

	if (!v)
		return 0;
	old = __sync_fetch_and_add(&v->x, 1);
	if (old > 10)
		bpf_rcu_read_lock();
	opaque(old);
	if (old <= 10)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	opaque(old);
	if (old > 10)
		bpf_rcu_read_unlock();
	return 0;
}
