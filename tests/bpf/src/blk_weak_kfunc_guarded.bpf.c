// expect: blk_weak_kfunc_guarded: safe
//   A kfunc this kernel lacks, declared __weak and called only where bpf_ksym_exists() says it
//   resolved: libbpf resolves it to 0, the guarded call is dead code, and the copy runs with no
//   region open.
// kernel: loads
#include "common.h"

#ifndef bpf_ksym_exists
#define bpf_ksym_exists(sym) ({ _Static_assert(!__builtin_constant_p(!!sym), #sym " should be weak"); !!sym; })
#endif

extern int bpf_kfunc_from_the_future(int x) __ksym __weak;

SEC("uprobe.s")
int blk_weak_kfunc_guarded(struct pt_regs *ctx)
{
	char buf[8];

	if (bpf_ksym_exists(bpf_kfunc_from_the_future)) {
		bpf_rcu_read_lock();
		bpf_kfunc_from_the_future(1);
		bpf_rcu_read_unlock();
	}
	bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	return 0;
}
