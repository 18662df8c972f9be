// expect: contract_global_result_decides_sleep_in_global: violation kernel-contract
//   A global function opens an RCU section and copies from user memory there when another global
//   function, which always returns 0, says so. The verifier checks the outer function alone, with
//   any result of the inner one, as it checks a program's own calls.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

__noinline int wants_copy(int request)
{
	asm volatile("%0 = 0" : "+r"(request)); /* always 0, and clang cannot tell */
	return request;
}

__noinline int copy_if_wanted(int request)
{
	char buf[8] = {};

	bpf_rcu_read_lock();
	if (wants_copy(request))
		bpf_copy_from_user(buf, sizeof(buf), (void *)0x1000);
	bpf_rcu_read_unlock();
	return buf[0];
}

SEC("syscall")
int contract_global_result_decides_sleep_in_global(void *ctx)
{
	return copy_if_wanted(1);
}
