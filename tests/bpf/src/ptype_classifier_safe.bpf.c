// expect: ptype_classifier_safe: safe
//   The older section name "classifier" for a sched_cls program; marks and passes the packet.
// kernel: loads
#include "common.h"

SEC("classifier")
int ptype_classifier_safe(struct __sk_buff *skb)
{
	if (skb->len > 1000)
		skb->mark = 7;
	return 0;
}
