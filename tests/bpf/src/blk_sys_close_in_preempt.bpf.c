// expect: blk_sys_close_in_preempt: violation no-sleep-in-atomic
//   bpf_sys_close with preemption disabled.
// kernel: loads on build 6.18.44-fc-v669, where the verifier misses it: its bpf_sys_close proto has no
//   might_sleep (kernel/bpf/syscall.c), though it closes a file descriptor (close_fd(), filp_close(), which may flush and sleep).
//   Build 6.18.44-fc-v782 refuses: "sleepable helper bpf_sys_close#168 in non-preemptible region"
#include "common.h"

struct args {
	u32 fd;
};

SEC("syscall")
int blk_sys_close_in_preempt(struct args *ctx)
{
	long r;

	bpf_preempt_disable();
	r = bpf_sys_close(ctx->fd);
	bpf_preempt_enable();
	return r;
}
