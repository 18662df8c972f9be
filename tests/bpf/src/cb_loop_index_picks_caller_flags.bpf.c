// expect: cb_loop_index_picks_caller_flags: violation kernel-contract irq-flag-offset
//   A bpf_loop callback saves and restores IRQs in the slot of its caller's flags array that its
//   iteration index picks: each run of the callback names one slot, but the verifier checks the
//   callback once, with the index any number below the count, so the offset is not one it knows.
// kernel: refuses: "irq_flag has to be at a constant offset"
#include "common.h"

struct flag_slots {
	unsigned long flags[2];
	u64 ticks;
};

static int tick_in_slot(u32 index, struct flag_slots *s)
{
	bpf_local_irq_save(&s->flags[index & 1]);
	s->ticks += bpf_ktime_get_ns();
	bpf_local_irq_restore(&s->flags[index & 1]);
	return 0;
}

SEC("syscall")
int cb_loop_index_picks_caller_flags(void *ctx)
{
	struct flag_slots s = {};

	bpf_loop(2, tick_in_slot, &s, 0);
	return s.ticks & 1;
}
