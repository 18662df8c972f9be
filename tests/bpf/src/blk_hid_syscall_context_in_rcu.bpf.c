// expect: blk_hid_syscall_context_in_rcu: violation no-sleep-in-atomic
//   A syscall program allocates a HID-BPF context inside an RCU section. hid_bpf_allocate_context
//   sleeps (it allocates with GFP_KERNEL), but the set of HID kfuncs registered for syscall
//   programs lists it without KF_SLEEPABLE, so a 6.18 kernel with HID-BPF loads the program: the
//   verifier misses it, and the message says so.
// kernel: not loadable here (no HID-BPF in this kernel); verdict by reasoning:
//   drivers/hid/bpf/hid_bpf_dispatch.c hid_bpf_syscall_kfunc_ids, registered for BPF_PROG_TYPE_SYSCALL
#include "hid.h"

extern void hid_bpf_release_context(struct hid_bpf_ctx *ctx) __ksym;

struct hid_args {
	unsigned int hid;
};

SEC("syscall")
int blk_hid_syscall_context_in_rcu(struct hid_args *args)
{
	struct hid_bpf_ctx *hctx;

	bpf_rcu_read_lock();
	hctx = hid_bpf_allocate_context(args->hid);
	bpf_rcu_read_unlock();
	if (!hctx)
		return 0;
	hid_bpf_release_context(hctx);
	return 0;
}
