// expect: path_ctx_protocol_high_half: violation no-sleep-in-atomic
//   A classifier reads the upper half of skb->protocol with a 2-byte load, expecting 0 (the
//   protocol is a u16). The kernel loads the whole 16-bit protocol for any load of it at least
//   that wide, wherever in the field it starts, so the upper half reads the protocol and the copy
//   (which may sleep) runs.
// kernel: refuses: "helper call might sleep in a non-sleepable prog"
#include "common.h"

SEC("tc")
int path_ctx_protocol_high_half(struct __sk_buff *skb)
{
	char buf[8] = {};
	u64 high;

	asm volatile("%0 = *(u16 *)(%1 + 18)" : "=r"(high) : "r"(skb));

	if (high)
		bpf_copy_from_user(buf, sizeof(buf), (void *)(long)skb->mark);
	return buf[0];
}
