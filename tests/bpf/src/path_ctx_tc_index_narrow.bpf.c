// expect: path_ctx_tc_index_narrow: violation regions-balanced
//   A classifier tags the packet with a 32-bit class in tc_index and reads the tag back to decide
//   the enable. The kernel keeps tc_index in 16 bits, so a mark with any of bits 16-31 set reads
//   back cut and leaves the program with preemption off.
// kernel: refuses: "cannot be used inside bpf_preempt_disable-ed region"
#include "common.h"

SEC("tc")
int path_ctx_tc_index_narrow(struct __sk_buff *skb)
{
	u32 tag = skb->mark;

	skb->tc_index = tag;
	bpf_preempt_disable();
	if (skb->tc_index == tag)
		bpf_preempt_enable();
	return 0;
}
