// expect: contract_global_result_decides_sleep: violation kernel-contract
//   A global function that always returns 0 decides whether the program copies from user memory
//   inside an RCU section. No run copies there, but the verifier checks the caller with any result
//   of a global function (an freplace program may replace it), and on a nonzero one it sleeps in
//   the section.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

__noinline int wants_copy(int pid)
{
	return pid < 0;
}

SEC("syscall")
int contract_global_result_decides_sleep(void *ctx)
{
	char buf[8] = {};

	bpf_rcu_read_lock();
	if (wants_copy(bpf_get_current_task_btf()->pid & 0xffff))
		bpf_copy_from_user(buf, sizeof(buf), (void *)0x1000);
	bpf_rcu_read_unlock();
	return buf[0];
}
