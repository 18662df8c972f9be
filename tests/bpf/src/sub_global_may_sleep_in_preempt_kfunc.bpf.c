// expect: sub_global_may_sleep_in_preempt_kfunc: violation no-sleep-in-atomic
//   A global function calling the sleepable kfunc bpf_copy_from_user_str, called with
//   preemption disabled from a syscall program.
// kernel: refuses: "global functions that may sleep are not allowed in non-sleepable context, i.e., in a RCU/IRQ/preempt-disabled section, or in a non-sleepable BPF program context" (three log lines)
#include "common.h"

struct args {
	u64 uptr;
};

__noinline int read_name(u64 uptr)
{
	char name[16];

	return bpf_copy_from_user_str(name, sizeof(name), (void *)uptr, 0);
}

SEC("syscall")
int sub_global_may_sleep_in_preempt_kfunc(struct args *ctx)
{
	int n;

	bpf_preempt_disable();
	n = read_name(ctx->uptr);
	bpf_preempt_enable();
	return n;
}
