// expect: region_rcu_percpu_kptr_outside_section: violation kernel-contract
//   A sleepable program keeps per-CPU counters allocated with bpf_percpu_obj_new behind a
//   __percpu_kptr in an array map, and reads that pointer with no RCU section open: loaded so, a
//   per-CPU kptr is untrusted, and bpf_this_cpu_ptr refuses it. Inside bpf_rcu_read_lock it would
//   be accepted (region_rcu_percpu_kptr_inside_section).
// kernel: refuses: "R1 type=untrusted_ptr_ expected=percpu_ptr_, percpu_rcu_ptr_, percpu_trusted_ptr_"
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
int region_rcu_percpu_kptr_outside_section(void *ctx)
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
	mine = bpf_this_cpu_ptr(slot->per_cpu);
	seen = mine->calls;
	return 0;
}
