// expect: loop_iter_irq_held_across_copies: safe
//   A sleepable uprobe reads four chunks of kernel memory into a per-CPU map value with
//   bpf_probe_read_kernel, which never sleeps, and saves IRQs before the last chunk, restoring them
//   after the loop where a flag on the stack says they were saved. The helper writes the map
//   value, never the flag or the saved IRQ flags, so every run restores exactly what it saved.
//   The verifier, which knows the iterator's value only as a range, sees the last chunk's save
//   made twice.
// kernel: refuses (lost precision: the iterator's value is a range to the verifier, so i == 3 may hold on two iterations): "expected uninitialized irq flag as arg#0"
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
} kchunks SEC(".maps");

SEC("uprobe.s")
int loop_iter_irq_held_across_copies(struct pt_regs *ctx)
{
	const char *src = (const char *)PT_REGS_PARM2(ctx);
	unsigned long flags;
	struct bpf_iter_num it;
	struct rec *r;
	u32 zero = 0;
	int i = 0, saved = 0;

	r = bpf_map_lookup_elem(&kchunks, &zero);
	if (!r)
		return 0;
	bpf_iter_num_new(&it, 0, 4);
	while (({ int *p = bpf_iter_num_next(&it); p && (i = *p, i >= 0 && i < 4); })) {
		if (i == 3) {
			bpf_local_irq_save(&flags);
			saved = 1;
			r->chunks = i;
		}
		if (bpf_probe_read_kernel(r->data[i], 128, src + i * 128))
			break;
	}
	bpf_iter_num_destroy(&it);
	if (saved)
		bpf_local_irq_restore(&flags);
	return 0;
}
