// expect: path_ctx_queue_mapping_ignored: violation regions-balanced
//   A queue of 0xffff or more is not stored at all (it means "no queue mapping"), so after
//   storing the hash the field may still hold the old queue, and the enable is skipped.
// kernel: refuses: "cannot be used inside bpf_preempt_disable-ed region"
#include "common.h"

SEC("tc")
int path_ctx_queue_mapping_ignored(struct __sk_buff *skb)
{
	u32 queue = skb->hash;

	skb->queue_mapping = queue;
	bpf_preempt_disable();
	if (skb->queue_mapping == queue)
		bpf_preempt_enable();
	return 0;
}
