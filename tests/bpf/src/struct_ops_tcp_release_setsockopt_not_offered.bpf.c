// expect: struct_ops_tcp_release_setsockopt_not_offered: violation kernel-contract not-offered
//   A congestion control resets a socket option as it is released. bpf_tcp_ca_get_func_proto offers
//   bpf_setsockopt to every member but release (which must not allocate again as the algorithm retires),
//   so the verifier refuses the call there; the same call in init loads.
// kernel: refuses: program of this type cannot use helper bpf_setsockopt#49
#include "common.h"

SEC("struct_ops/rel_release")
void BPF_PROG(struct_ops_tcp_release_setsockopt_not_offered, struct sock *sk)
{
	int one = 1;

	bpf_setsockopt(sk, 6 /* SOL_TCP */, 1 /* TCP_NODELAY */, &one, sizeof(one));
}

SEC(".struct_ops")
struct tcp_congestion_ops rel_tcp = {
	.release = (void *)struct_ops_tcp_release_setsockopt_not_offered,
	.name = "rel_tcp",
};
