// expect: region_res_spin_same_lock_twice: violation kernel-contract res-lock-aa
//   A res lock taken, then taken again while held (the second acquire would fail at run time, and
//   the program releases what it holds either way): the verifier refuses the second acquire.
// kernel: refuses: "Acquiring the same lock again, AA deadlock detected"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct res_locked_val);
} guarded SEC(".maps");

SEC("tc")
int region_res_spin_same_lock_twice(struct __sk_buff *skb)
{
	u32 zero = 0;
	struct res_locked_val *v = bpf_map_lookup_elem(&guarded, &zero);

	if (!v)
		return 0;
	if (bpf_res_spin_lock(&v->lock))
		return 0;
	if (!bpf_res_spin_lock(&v->lock))
		bpf_res_spin_unlock(&v->lock);
	bpf_res_spin_unlock(&v->lock);
	return 0;
}
