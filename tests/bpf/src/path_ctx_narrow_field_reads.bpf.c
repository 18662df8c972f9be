// expect: path_ctx_narrow_field_reads: safe
//   A classifier copies from user memory (which may sleep) only for a packet type above 7, a
//   protocol above 0xffff or a VLAN flag above 1. The kernel reads pkt_type as a 3-bit field,
//   protocol as a u16 and vlan_present as 0 or 1, so the copy never runs.
// kernel: refuses (lost precision: the verifier takes each field as any u32, before it narrows the load): "helper call might sleep in a non-sleepable prog"
#include "common.h"

SEC("tc")
int path_ctx_narrow_field_reads(struct __sk_buff *skb)
{
	char buf[8] = {};

	if (skb->pkt_type > 7 || skb->protocol > 0xffff || skb->vlan_present > 1)
		bpf_copy_from_user(buf, sizeof(buf), (void *)(long)skb->mark);
	return buf[0];
}
