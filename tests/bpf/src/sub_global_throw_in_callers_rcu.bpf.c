// expect: sub_global_throw_in_callers_rcu: violation regions-balanced
//   A global function throws on a bad argument; its caller calls it inside an RCU read-side
//   section. The verifier checks the global alone, where no section is open (kernel/bpf/verifier.c
//   checks bpf_throw as it checks an exit, in the global's own state), and loads the program; but
//   a throw ends the program with the caller's section still held: the verifier misses it.
// kernel: loads
#include "common.h"

extern void bpf_throw(u64 cookie) __ksym;

__noinline int check_arg(u64 value)
{
	if (value > 100)
		bpf_throw(value);
	return 0;
}

SEC("syscall")
int sub_global_throw_in_callers_rcu(u64 *ctx)
{
	int ret;

	bpf_rcu_read_lock();
	ret = check_arg(ctx[0]);
	bpf_rcu_read_unlock();
	return ret;
}
