// expect: ptype_xdp_metadata_unbound: violation admissible
//   An XDP program reads the receive timestamp with bpf_xdp_metadata_rx_timestamp inside an RCU
//   section: nothing sleeps, but the metadata kfuncs are offered only to a program bound to one
//   device, which a loader must ask for, and an object loaded as built is not: the kernel refuses
//   the call as the program loads, whether a run reaches it or not.
// kernel: refuses: "metadata kfuncs require device-bound program"
#include "common.h"

extern int bpf_xdp_metadata_rx_timestamp(const struct xdp_md *ctx, __u64 *timestamp) __ksym;

SEC("xdp")
int ptype_xdp_metadata_unbound(struct xdp_md *ctx)
{
	u64 ts = 0;

	bpf_rcu_read_lock();
	if (bpf_xdp_metadata_rx_timestamp(ctx, &ts))
		ts = 0;
	bpf_rcu_read_unlock();
	return ts & 1 ? XDP_PASS : XDP_DROP;
}
