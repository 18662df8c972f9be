// expect: loop_iter_irq_store_spilled_pointer: safe
//   A sleepable uprobe copies four chunks of a user buffer into a per-CPU map value, and on the
//   last chunk records the count with IRQs saved around the store. At -O1 the map value's pointer
//   is spilled to the stack and reloaded for the store: the store writes the map value, never the
//   saved flags or the loop's iterator, and every copy runs with IRQs restored.
// kernel: loads
// opt: -O1
#include "common.h"

struct rec {
	u32 chunks;
	char data[4][128];
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct rec);
} chunks SEC(".maps");

SEC("uprobe.s")
int loop_iter_irq_store_spilled_pointer(struct pt_regs *ctx)
{
	const char *buf = (const char *)PT_REGS_PARM2(ctx);
	unsigned long flags;
	struct bpf_iter_num it;
	struct rec *r;
	u32 zero = 0;
	int i = 0;

	r = bpf_map_lookup_elem(&chunks, &zero);
	if (!r)
		return 0;
	bpf_iter_num_new(&it, 0, 4);
	while (({ int *p = bpf_iter_num_next(&it); p && (i = *p, i >= 0 && i < 4); })) {
		if (i == 3) {
			bpf_local_irq_save(&flags);
			r->chunks = i;
			bpf_local_irq_restore(&flags);
		}
		if (bpf_copy_from_user(r->data[i], 128, buf + i * 128))
			break;
	}
	bpf_iter_num_destroy(&it);
	return 0;
}
