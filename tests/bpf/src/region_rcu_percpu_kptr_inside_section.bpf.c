// expect: region_rcu_percpu_kptr_inside_section: safe
//   The same per-CPU counters, their __percpu_kptr read inside bpf_rcu_read_lock: loaded so, a
//   per-CPU kptr is an RCU pointer, which bpf_this_cpu_ptr takes.
// kernel: loads
#include "common.h"

#define __percpu_kptr __attribute__((btf_type_tag("percpu_kptr")))

extern void *bpf_percpu_obj_new_impl(__u64 local_type_id, void *meta) __ksym;
extern void bpf_percpu_obj_drop_impl(void *kptr, void *meta) __ksym;

struct counters {
	u64 calls;
};

struct slot {
	struct counters __percpu_kptr *per_cpu;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct slot);
} slots SEC(".maps");

u64 seen;

SEC("syscall")
int region_rcu_percpu_kptr_inside_section(void *ctx)
{
	struct counters __percpu_kptr *fresh;
	struct counters *mine;
	struct slot *slot;
	u32 key = 0;

	slot = bpf_map_lookup_elem(&slots, &key);
	if (!slot)
		return 0;
	if (!slot->per_cpu) {
		fresh = bpf_percpu_obj_new_impl(bpf_core_type_id_local(struct counters), NULL);
		if (!fresh)
			return 0;
		fresh = bpf_kptr_xchg(&slot->per_cpu, fresh);
		if (fresh)
			bpf_percpu_obj_drop_impl(fresh, NULL);
		return 0;
	}
	bpf_rcu_read_lock();
	fresh = slot->per_cpu;
	if (fresh) {
		mine = bpf_this_cpu_ptr(fresh);
		seen = mine->calls;
	}
	bpf_rcu_read_unlock();
	return 0;
}
