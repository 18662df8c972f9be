// expect: path_ctx_queue_mapping_kept: safe
//   As path_ctx_tc_index_narrow, but the program picks a queue below 256, which queue_mapping's
//   16 bits keep whole, so the read-back always matches and the enable always runs.
// kernel: refuses (lost precision: the verifier does not remember a value stored into the context): "cannot be used inside bpf_preempt_disable-ed region"
#include "common.h"

SEC("tc")
int path_ctx_queue_mapping_kept(struct __sk_buff *skb)
{
	u32 queue = skb->hash & 0xff;

	skb->queue_mapping = queue;
	bpf_preempt_disable();
	if (skb->queue_mapping == queue)
		bpf_preempt_enable();
	return 0;
}
