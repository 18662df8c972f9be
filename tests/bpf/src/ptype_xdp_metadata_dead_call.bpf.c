// expect: ptype_xdp_metadata_dead_call: violation admissible
//   An XDP program calls bpf_xdp_metadata_rx_hash only where a read-only setting, off in the
//   object, asks for it: no run reaches the call, but the kernel refuses the metadata kfuncs to a
//   program not bound to a device as it loads, before it follows any path.
// kernel: refuses: "metadata kfuncs require device-bound program"
#include "common.h"

extern int bpf_xdp_metadata_rx_hash(const struct xdp_md *ctx, __u32 *hash,
				    enum xdp_rss_hash_type *rss_type) __ksym;

const volatile int want_hash = 0;

SEC("xdp")
int ptype_xdp_metadata_dead_call(struct xdp_md *ctx)
{
	enum xdp_rss_hash_type type;
	u32 hash = 0;

	if (want_hash && bpf_xdp_metadata_rx_hash(ctx, &hash, &type))
		hash = 0;
	return hash & 1 ? XDP_PASS : XDP_DROP;
}
