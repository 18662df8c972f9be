// expect: data_weak_function_not_a_kfunc: violation no-sleep-in-atomic
//   A weak __ksym naming a kernel function that is no kfunc (schedule): libbpf resolves it from the
//   kernel's BTF all the same, so bpf_ksym_exists() is true and the copy runs inside the RCU
//   section it guards.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

#ifndef bpf_ksym_exists
#define bpf_ksym_exists(sym) ({ _Static_assert(!__builtin_constant_p(!!sym), #sym " should be weak"); !!sym; })
#endif

extern void schedule(void) __ksym __weak;

SEC("uprobe.s")
int data_weak_function_not_a_kfunc(struct pt_regs *ctx)
{
	char buf[8];

	bpf_rcu_read_lock();
	if (bpf_ksym_exists(schedule))
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	bpf_rcu_read_unlock();
	return 0;
}
