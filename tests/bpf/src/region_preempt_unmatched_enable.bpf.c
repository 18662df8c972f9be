// expect: region_preempt_unmatched_enable: violation regions-balanced
//   One disable, two enables.
// kernel: refuses: "unmatched attempt to enable preemption (kernel function bpf_preempt_enable)"
#include "common.h"

SEC("kprobe/do_sys_openat2")
int region_preempt_unmatched_enable(struct pt_regs *ctx)
{
	bpf_preempt_disable();
	bpf_preempt_enable();
	bpf_preempt_enable();
	return 0;
}
