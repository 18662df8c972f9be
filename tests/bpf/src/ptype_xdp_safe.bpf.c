// expect: ptype_xdp_safe: safe
//   An XDP program parsing the Ethernet header with bounds checks; nothing blocks.
// kernel: loads
#include "common.h"

SEC("xdp")
int ptype_xdp_safe(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;

	if ((void *)(eth + 1) > end)
		return XDP_DROP;
	if (eth->h_proto == bpf_htons(0x0806))
		return XDP_PASS;
	return XDP_PASS;
}
