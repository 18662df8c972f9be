// expect: path_ctx_sockops_txhash_store: violation regions-balanced
//   A sock_ops program stores a hash into sk_txhash and reads it back. The kernel stores it only
//   into a full socket and reads 0 from any other (net/core/filter.c, SOCK_OPS_SET_FIELD and
//   SOCK_OPS_GET_FIELD), so the value read can differ from the one stored and the RCU section
//   opened then is never closed.
// kernel: refuses: "BPF_EXIT instruction in main prog cannot be used inside bpf_rcu_read_lock-ed region"
#include "common.h"

SEC("sockops")
int path_ctx_sockops_txhash_store(struct bpf_sock_ops *skops)
{
	skops->sk_txhash = 0x5eed;
	if (skops->sk_txhash != 0x5eed)
		bpf_rcu_read_lock();
	return 1;
}
