// expect: ptype_socket_safe: safe
//   A socket filter that keeps the first 64 bytes of each packet.
// kernel: loads
#include "common.h"

SEC("socket")
int ptype_socket_safe(struct __sk_buff *skb)
{
	u8 b = 0;

	bpf_skb_load_bytes(skb, 0, &b, 1);
	return b == 0x45 ? 64 : 0;
}
