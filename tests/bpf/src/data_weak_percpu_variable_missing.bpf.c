// expect: data_weak_percpu_variable_missing: safe
//   A weak per-CPU kernel variable this kernel lacks, read only where bpf_ksym_exists() says it
//   resolved: libbpf resolves a missing weak __ksym variable to 0, as it does a kfunc, so the
//   section and the copy inside it are dead code.
// kernel: loads
#include "common.h"

#ifndef bpf_ksym_exists
#define bpf_ksym_exists(sym) ({ _Static_assert(!__builtin_constant_p(!!sym), #sym " should be weak"); !!sym; })
#endif

extern const int per_cpu_counter_from_the_future __ksym __weak;

SEC("uprobe.s")
int data_weak_percpu_variable_missing(struct pt_regs *ctx)
{
	char buf[8];

	if (bpf_ksym_exists(&per_cpu_counter_from_the_future)) {
		const int *count = bpf_this_cpu_ptr(&per_cpu_counter_from_the_future);

		bpf_rcu_read_lock();
		if (*count)
			bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
		bpf_rcu_read_unlock();
	}
	return 0;
}
