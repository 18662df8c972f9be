// expect: contract_global_hid_syscall_not_may_sleep: safe
//   A syscall program calls, inside an RCU section, a global function that allocates a HID-BPF
//   context only for a device id above 1000, and passes 0: nothing sleeps. The kfunc set HID-BPF
//   registers for syscall programs lacks KF_SLEEPABLE, so the verifier does not mark the global
//   function as one that may sleep, and a 6.18 kernel with HID-BPF loads the program.
// kernel: not loadable here (no HID-BPF in this kernel); verdict by reasoning:
//   drivers/hid/bpf/hid_bpf_dispatch.c hid_bpf_syscall_kfunc_ids, registered for BPF_PROG_TYPE_SYSCALL;
//   the verifier marks a subprogram as might-sleep only at a KF_SLEEPABLE kfunc or a might_sleep helper
#include "hid.h"

extern void hid_bpf_release_context(struct hid_bpf_ctx *ctx) __ksym;

struct hid_args {
	unsigned int hid;
};

__noinline int context_for(unsigned int hid)
{
	struct hid_bpf_ctx *hctx;

	if (hid <= 1000)
		return 0;
	hctx = hid_bpf_allocate_context(hid);
	if (!hctx)
		return -1;
	hid_bpf_release_context(hctx);
	return 1;
}

SEC("syscall")
int contract_global_hid_syscall_not_may_sleep(struct hid_args *args)
{
	int ret;

	bpf_rcu_read_lock();
	ret = context_for(0);
	bpf_rcu_read_unlock();
	return ret;
}
