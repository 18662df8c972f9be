// expect: cb_for_each_array_runs_every_element: violation kernel-contract any-run-count
//   A walk of a two-element array whose callback counts its runs, disabling preemption on the first
//   and enabling it on the second: an array's elements all exist, and the walk calls the callback
//   for each (kernel/bpf/arraymap.c, bpf_for_each_array_elem()), so preemption is on again when it
//   returns.
//   The verifier does not count an array walk's runs: it goes on after the call as if the callback
//   ran any number of times, none included, and sees preemption left off (a kernel contract).
// kernel: refuses: "BPF_EXIT instruction in main prog cannot be used inside bpf_preempt_disable-ed region"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 2);
	__type(key, u32);
	__type(value, u64);
} slots SEC(".maps");

struct walk_count {
	u64 runs;
};

static long toggle(struct bpf_map *map, u32 *key, u64 *value, struct walk_count *count)
{
	if (count->runs++ == 0)
		bpf_preempt_disable();
	else
		bpf_preempt_enable();
	return 0;
}

SEC("tc")
int cb_for_each_array_runs_every_element(struct __sk_buff *skb)
{
	struct walk_count count = {};

	bpf_for_each_map_elem(&slots, toggle, &count, 0);
	return 0;
}
