// expect: struct_ops_qdisc_enqueue_drop: safe
//   A BPF qdisc's enqueue drops every packet through bpf_qdisc_skb_drop and its dequeue hands out
//   nothing. Qdisc_ops members run in the packet path, atomic, and no call here sleeps.
// kernel: not loadable here (no BPF qdisc in this kernel); verdict by reasoning:
//   net/sched/bpf_qdisc.c qdisc_kfunc_ids: bpf_qdisc_skb_drop is KF_RELEASE, not KF_SLEEPABLE
#include "common.h"

struct bpf_sk_buff_ptr {
	struct sk_buff *skb;
};

extern void bpf_qdisc_skb_drop(struct sk_buff *skb, struct bpf_sk_buff_ptr *to_free) __ksym;

SEC("struct_ops/enqueue")
int BPF_PROG(struct_ops_qdisc_enqueue_drop, struct sk_buff *skb, struct Qdisc *sch,
	     struct bpf_sk_buff_ptr *to_free)
{
	bpf_qdisc_skb_drop(skb, to_free);
	return 1;	/* NET_XMIT_DROP */
}

SEC("struct_ops/dequeue")
struct sk_buff *BPF_PROG(drop_all_dequeue, struct Qdisc *sch)
{
	return NULL;
}

SEC(".struct_ops")
struct Qdisc_ops drop_all = {
	.enqueue = (void *)struct_ops_qdisc_enqueue_drop,
	.dequeue = (void *)drop_all_dequeue,
	.id = "drop_all",
};
