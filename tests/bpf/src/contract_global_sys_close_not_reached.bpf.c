// expect: contract_global_sys_close_not_reached: safe
//   A global function closes a descriptor with bpf_sys_close only above 1000; the program calls it
//   with 3 inside an RCU section. The call is never reached, and this kernel's verifier does not
//   take bpf_sys_close for a call that may sleep (its proto has no might_sleep on build
//   6.18.44-fc-v669), so the global function is not a may-sleep one to it either.
// kernel: loads
#include "common.h"

__noinline int close_if_high(int fd)
{
	if (fd > 1000)
		return bpf_sys_close(fd);
	return 0;
}

SEC("syscall")
int contract_global_sys_close_not_reached(void *ctx)
{
	int closed;

	bpf_rcu_read_lock();
	closed = close_if_high(3);
	bpf_rcu_read_unlock();
	return closed;
}
