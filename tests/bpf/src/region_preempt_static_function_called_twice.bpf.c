// expect: region_preempt_static_function_called_twice: safe
//   A static function that disables preemption is called twice, and the program enables it twice
//   before bpf_copy_from_user: the depth is 2, then 0. The two openings are made at one place of
//   the code, under two calls; a merged count must not leave one open after both enables.
// kernel: loads
#include "common.h"

static __noinline void stop_preemption(void)
{
	bpf_preempt_disable();
}

SEC("syscall")
int region_preempt_static_function_called_twice(void *ctx)
{
	char buf[8] = {};

	stop_preemption();
	stop_preemption();
	bpf_preempt_enable();
	bpf_preempt_enable();
	bpf_copy_from_user(buf, sizeof(buf), (void *)0x1000);
	return buf[0];
}
