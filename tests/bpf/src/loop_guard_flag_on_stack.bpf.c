// expect: loop_guard_flag_on_stack: safe
//   A rate limiter bumps four per-CPU counters in each of eight rounds, each bump bracketed by
//   bpf_preempt_disable/enable when a configuration flag says the counters are shared. The flag is a
//   volatile local, so every test reads it back from its stack slot. Each pair is balanced on every
//   run; a check that forgot what the first test said would see 2^4 ways per round.
// kernel: loads
#include "common.h"

struct limits {
	u64 shared;
	u64 count[4];
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct limits);
} limits SEC(".maps");

SEC("uprobe.s")
int loop_guard_flag_on_stack(struct pt_regs *ctx)
{
	u32 zero = 0;
	struct limits *l = bpf_map_lookup_elem(&limits, &zero);

	if (!l)
		return 0;
	volatile u64 shared = l->shared;
	for (int round = 0; round < 8; round++) {
#pragma unroll
		for (int c = 0; c < 4; c++) {
			if (shared)
				bpf_preempt_disable();
			l->count[c]++;
			if (shared)
				bpf_preempt_enable();
		}
	}
	return 0;
}
