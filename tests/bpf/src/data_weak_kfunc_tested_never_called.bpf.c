// expect: data_weak_kfunc_tested_never_called: safe
//   A weak kfunc this kernel lacks is only tested with bpf_ksym_exists(), never called: libbpf
//   resolves its address to 0, so the section and the copy inside it are dead code. The address
//   must read 0 to the solver as well as to a run, though no call names the kfunc.
// kernel: loads
#include "common.h"

#ifndef bpf_ksym_exists
#define bpf_ksym_exists(sym) ({ _Static_assert(!__builtin_constant_p(!!sym), #sym " should be weak"); !!sym; })
#endif

extern int bpf_kfunc_from_the_future(int x) __ksym __weak;

SEC("uprobe.s")
int data_weak_kfunc_tested_never_called(struct pt_regs *ctx)
{
	char buf[8];

	if (bpf_ksym_exists(bpf_kfunc_from_the_future)) {
		bpf_rcu_read_lock();
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
		bpf_rcu_read_unlock();
	}
	return 0;
}
