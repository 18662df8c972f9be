// expect: region_spin_lock_missing_weak_kfunc: violation kernel-contract
//   A syscall program calls a weak kfunc this kernel lacks while it holds a bpf_spin_lock. libbpf
//   leaves the call unresolved, but the verifier refuses any call under the lock before it asks
//   what the call is: the lock rule, not the missing kfunc, decides.
// kernel: refuses: "function calls are not allowed while holding a lock"
#include "common.h"

extern int bpf_kfunc_nobody_has(int x) __ksym __weak;

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct locked_val);
} held SEC(".maps");

SEC("syscall")
int region_spin_lock_missing_weak_kfunc(void *ctx)
{
	u32 k = 0;
	struct locked_val *v = bpf_map_lookup_elem(&held, &k);

	if (!v)
		return 0;
	bpf_spin_lock(&v->lock);
	v->x += bpf_kfunc_nobody_has(1);
	bpf_spin_unlock(&v->lock);
	return 0;
}
