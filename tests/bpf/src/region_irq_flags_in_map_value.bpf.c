// expect: region_irq_flags_in_map_value: violation kernel-contract irq-flag-slot
//   An XDP program keeps its IRQ flags in a per-CPU map value beside the counter it bumps with
//   IRQs saved: the save and restore pair up, but the verifier keeps IRQ flags only in a slot of
//   the stack, and refuses a pointer into a map value.
// kernel: refuses: "doesn't point to an irq flag on stack"
#include "common.h"

struct flag_box {
	unsigned long flags;
	u64 packets;
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct flag_box);
} flag_boxes SEC(".maps");

SEC("xdp")
int region_irq_flags_in_map_value(struct xdp_md *ctx)
{
	u32 zero = 0;
	struct flag_box *b = bpf_map_lookup_elem(&flag_boxes, &zero);

	if (!b)
		return XDP_PASS;
	bpf_local_irq_save(&b->flags);
	b->packets++;
	bpf_local_irq_restore(&b->flags);
	return XDP_PASS;
}
