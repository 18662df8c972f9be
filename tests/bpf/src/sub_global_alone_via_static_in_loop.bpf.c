// expect: sub_global_alone_via_static_in_loop: violation kernel-contract global-alone
//   A loop calls a static function on its third iteration, which calls a global function that
//   leaves an RCU section open when its flag is set; the call passes 0. The verifier checks the
//   global alone, for any flag, and refuses the program. Where the call lies in a loop, whether a
//   run reaches it is asked of the unrolled loop.
// kernel: refuses: "BPF_EXIT instruction in main prog cannot be used inside bpf_rcu_read_lock-ed region"
#include "common.h"

__noinline int hold_if(int keep)
{
	bpf_rcu_read_lock();
	if (keep)
		return 1;
	bpf_rcu_read_unlock();
	return 0;
}

static __noinline int visit(int i)
{
	int zero = 0;

	opaque(zero);
	return hold_if(zero & 0) + i;
}

SEC("uprobe.s")
int sub_global_alone_via_static_in_loop(struct pt_regs *ctx)
{
	int i, sum = 0;

#pragma clang loop unroll(disable)
	for (i = 0; i < 4; i++) {
		opaque(i);
		if (i == 2)
			sum += visit(i);
	}
	return sum & 1;
}
