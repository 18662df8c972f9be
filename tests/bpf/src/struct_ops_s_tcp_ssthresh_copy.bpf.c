// expect: struct_ops_s_tcp_ssthresh_copy: violation no-sleep-in-atomic
//   A congestion control's ssthresh, loaded sleepable, reads a threshold from user memory with a
//   blocking kfunc when user space has set an address in .bss. The TCP stack calls ssthresh from tcp_ack() in
//   softirq context, so the read may sleep in atomic context.
// kernel: loads, and the verifier misses it: bpf_tcp_congestion_ops has no check_member in 6.18, so
//   BPF_PROG_LOAD accepts BPF_F_SLEEPABLE for every member and lets the kfunc through; the program
//   then sleeps where it may not (net/ipv4/tcp_input.c calls ssthresh from tcp_ack, in softirq)
#include "common.h"

u64 threshold_addr; /* set by user space through .bss */

SEC("struct_ops.s/tcp_ssthresh")
u32 BPF_PROG(struct_ops_s_tcp_ssthresh_copy, struct sock *sk)
{
	u32 threshold = 16;

	if (threshold_addr)
		bpf_copy_from_user_str(&threshold, sizeof(threshold), (void *)threshold_addr, 0);
	return threshold;
}

SEC(".struct_ops")
struct tcp_congestion_ops sc_tcp_copy = {
	.ssthresh = (void *)struct_ops_s_tcp_ssthresh_copy,
	.name = "sc_tcp_copy",
};
