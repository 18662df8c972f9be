// expect: path_map_read_once: safe
//   A map value is loaded once into v; both the lock and the copy test v.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct plain_val);
} cfg SEC(".maps");

SEC("uprobe.s")
int path_map_read_once(struct pt_regs *ctx)
{
	u32 k = 0;
	struct plain_val *pv = bpf_map_lookup_elem(&cfg, &k);
	char buf[8];
	u64 v;

	if (!pv)
		return 0;
	v = pv->x;
	if (v > 10)
		bpf_rcu_read_lock();
	opaque(v);
	if (v <= 10)
		bpf_copy_from_user(buf, sizeof(buf), (void *)pv->ptr);
	opaque(v);
	if (v > 10)
		bpf_rcu_read_unlock();
	return 0;
}
