// expect: cb_for_each_stop_leaks_preempt: violation no-sleep-in-atomic
//   A for_each callback disables preemption and, on a value of 42, stops the walk (returns 1)
//   without enabling it again; the program then copies from user memory. A real run stops after
//   that callback, so preemption is disabled once, not once per element.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in non-preemptible region"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16);
	__type(key, u32);
	__type(value, u64);
} settings SEC(".maps");

static long find_42(void *map, u32 *key, u64 *value, u64 *sum)
{
	bpf_preempt_disable();
	*sum += *value;
	if (*value == 42)
		return 1;
	bpf_preempt_enable();
	return 0;
}

SEC("uprobe.s")
int cb_for_each_stop_leaks_preempt(struct pt_regs *ctx)
{
	u64 sum = 0, w = 0;

	bpf_for_each_map_elem(&settings, find_42, &sum, 0);
	bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM1(ctx));
	return (sum + w) & 1;
}
