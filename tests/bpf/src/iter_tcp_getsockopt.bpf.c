// expect: iter_tcp_getsockopt: safe
//   A TCP socket iterator reads each socket's congestion control name with bpf_getsockopt, which
//   tracing programs are not offered, but the tcp target's registration offers its iterators.
// kernel: loads (net/ipv4/tcp_ipv4.c bpf_iter_tcp_get_func_proto)
#include "common.h"

#define SOL_TCP 6
#define TCP_CONGESTION 13

SEC("iter/tcp")
int iter_tcp_getsockopt(struct bpf_iter__tcp *ctx)
{
	struct sock_common *common = ctx->sk_common;
	char name[16] = {};

	if (!common)
		return 0;
	if (bpf_getsockopt(common, SOL_TCP, TCP_CONGESTION, name, sizeof(name)))
		return 0;
	BPF_SEQ_PRINTF(ctx->meta->seq, "%s\n", name);
	return 0;
}
