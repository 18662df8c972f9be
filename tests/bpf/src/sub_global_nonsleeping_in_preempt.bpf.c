// expect: sub_global_nonsleeping_in_preempt: safe
//   A global function with no blocking call, called with preemption disabled to bump a per-CPU
//   counter. Linux 6.18 checks only whether the function may sleep; 6.10 to 6.14 refused every
//   global call there ("global function calls are not allowed with preemption disabled"), which
//   `--kernel 6.12` reports as a contract.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, u64);
} hits SEC(".maps");

__noinline int bump(u64 by)
{
	u32 zero = 0;
	u64 *count = bpf_map_lookup_elem(&hits, &zero);

	if (!count)
		return 0;
	*count += by;
	return 1;
}

SEC("uprobe.s")
int sub_global_nonsleeping_in_preempt(struct pt_regs *ctx)
{
	int done;

	bpf_preempt_disable();
	done = bump(PT_REGS_PARM1(ctx) & 0xff);
	bpf_preempt_enable();
	return done;
}
