// expect: path_ctx_sk_after_assign: violation regions-balanced
//   A tc program reads skb->sk, assigns a socket it looked up with bpf_sk_assign, and reads
//   skb->sk again: the call sets skb->sk (net/core/filter.c, bpf_sk_assign()), so a packet that
//   came without a socket opens the RCU section on the first read and skips the close on the second.
// kernel: refuses: "BPF_EXIT instruction in main prog cannot be used inside bpf_rcu_read_lock-ed region"
#include "common.h"

SEC("tc")
int path_ctx_sk_after_assign(struct __sk_buff *skb)
{
	struct bpf_sock_tuple tuple = {};
	struct bpf_sock *before = skb->sk, *sk;

	sk = bpf_sk_lookup_tcp(skb, &tuple, sizeof(tuple.ipv4), -1, 0);
	if (!sk)
		return 0;
	bpf_sk_assign(skb, sk, 0);
	bpf_sk_release(sk);
	if (!before)
		bpf_rcu_read_lock();
	if (!skb->sk)
		bpf_rcu_read_unlock();
	return 0;
}
