// expect: region_irq_flags_store_through_spilled_value: safe
//   IRQ flags in a stack struct that also holds a map value's pointer and the flags' slot, picked
//   by a branch on the caller's argument; with IRQs saved, the program bumps a counter through the
//   pointer, read back from the struct through a pointer kept in a volatile variable. A map value
//   is never on the stack, so the store never reaches the saved flags, and the restore gives back
//   what was saved.
// kernel: loads
#include "common.h"

struct counter {
	u64 hits;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct counter);
} hit_counter SEC(".maps");

struct window {
	struct counter *c;
	unsigned long flags[2];
	u64 slot;
};

struct args {
	u64 level;
};

SEC("syscall")
int region_irq_flags_store_through_spilled_value(struct args *ctx)
{
	struct window w = {};
	struct window *volatile wp = &w;
	u32 key = 0;

	w.c = bpf_map_lookup_elem(&hit_counter, &key);
	if (!w.c)
		return 0;
	if (ctx->level > 9)
		w.slot = 1;
	bpf_local_irq_save(&wp->flags[wp->slot]);
	wp->c->hits++;
	bpf_local_irq_restore(&wp->flags[wp->slot]);
	return 0;
}
