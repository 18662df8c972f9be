// expect: path_ctx_len_after_change_tail: violation regions-balanced
//   Preemption goes off for a long packet, the packet is trimmed to 64 bytes, and the same test
//   of skb->len decides the enable: bpf_skb_change_tail changed skb->len in between, so a long
//   packet leaves the program with preemption off.
// kernel: refuses: "cannot be used inside bpf_preempt_disable-ed region"
#include "common.h"

SEC("tc")
int path_ctx_len_after_change_tail(struct __sk_buff *skb)
{
	if (skb->len > 128)
		bpf_preempt_disable();
	bpf_skb_change_tail(skb, 64, 0);
	if (skb->len > 128)
		bpf_preempt_enable();
	return 0;
}
