// expect: region_rcu_pointer_cpumask_copy_outside_section: violation kernel-contract
//   The current task's cpus_ptr is read outside any RCU section, which leaves it untrusted, and
//   given to bpf_cpumask_copy as its source: a KF_RCU kfunc refuses it.
// kernel: refuses: "R2 must be a rcu pointer"
#include "common.h"

extern struct bpf_cpumask *bpf_cpumask_create(void) __ksym;
extern void bpf_cpumask_release(struct bpf_cpumask *cpumask) __ksym;
extern void bpf_cpumask_copy(struct bpf_cpumask *dst, const struct cpumask *src) __ksym;
extern u32 bpf_cpumask_weight(const struct cpumask *cpumask) __ksym;

SEC("syscall")
int region_rcu_pointer_cpumask_copy_outside_section(void *ctx)
{
	struct bpf_cpumask *mask = bpf_cpumask_create();
	u32 cpus;

	if (!mask)
		return 0;
	bpf_cpumask_copy(mask, bpf_get_current_task_btf()->cpus_ptr);
	cpus = bpf_cpumask_weight((const struct cpumask *)mask);
	bpf_cpumask_release(mask);
	return cpus;
}
