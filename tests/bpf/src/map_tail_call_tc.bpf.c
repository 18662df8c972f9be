// expect: map_tail_call_tc: safe
//   A tc program tail-calls through a prog_array; neither program blocks. (The tail call's
//   target is unknown until run time; sleepcheck marks tail calls as not modelled.)
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 4);
	__type(key, u32);
	__type(value, u32);
} jump SEC(".maps");

SEC("tc")
int map_tail_call_tc(struct __sk_buff *skb)
{
	bpf_tail_call(skb, &jump, skb->protocol & 3);
	return 0;
}
