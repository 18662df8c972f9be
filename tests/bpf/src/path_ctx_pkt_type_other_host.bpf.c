// expect: path_ctx_pkt_type_other_host: violation no-sleep-in-atomic
//   As path_ctx_narrow_field_reads, but the copy runs for a packet to another host (pkt_type 3),
//   which the 3-bit field holds: a copy that may sleep in a non-sleepable program.
// kernel: refuses: "helper call might sleep in a non-sleepable prog"
#include "common.h"

SEC("tc")
int path_ctx_pkt_type_other_host(struct __sk_buff *skb)
{
	char buf[8] = {};

	if (skb->pkt_type == 3)
		bpf_copy_from_user(buf, sizeof(buf), (void *)(long)skb->mark);
	return buf[0];
}
