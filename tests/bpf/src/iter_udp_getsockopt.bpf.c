// expect: iter_udp_getsockopt: violation kernel-contract
//   A UDP socket iterator calls bpf_getsockopt on each socket: unlike the tcp and unix targets, the
//   udp target's registration offers no calls of its own, and tracing programs are not offered it.
// kernel: refuses: "program of this type cannot use helper bpf_getsockopt#57"
#include "common.h"

#define SOL_SOCKET 1
#define SO_RCVBUF 8

SEC("iter/udp")
int iter_udp_getsockopt(struct bpf_iter__udp *ctx)
{
	struct udp_sock *udp = ctx->udp_sk;
	int size = 0;

	if (!udp)
		return 0;
	if (bpf_getsockopt(udp, SOL_SOCKET, SO_RCVBUF, &size, sizeof(size)))
		return 0;
	BPF_SEQ_PRINTF(ctx->meta->seq, "%d\n", size);
	return 0;
}
