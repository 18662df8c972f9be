// expect: contract_global_result_decides_sleep_outside_section: safe
//   The control of contract_global_result_decides_sleep: the global function's result decides a
//   copy made outside any region, where any result is fine.
// kernel: loads
#include "common.h"

__noinline int wants_copy(int pid)
{
	return pid < 0;
}

SEC("syscall")
int contract_global_result_decides_sleep_outside_section(void *ctx)
{
	char buf[8] = {};

	bpf_rcu_read_lock();
	buf[1] = bpf_get_current_task_btf()->pid & 0x7f;
	bpf_rcu_read_unlock();
	if (wants_copy(buf[1]))
		bpf_copy_from_user(buf, sizeof(buf), (void *)0x1000);
	return buf[0];
}
