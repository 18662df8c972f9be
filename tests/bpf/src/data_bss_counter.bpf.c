// expect: data_bss_counter: safe
//   A .bss counter and a .data limit; the copy runs after the preempt-off section whatever they hold.
// kernel: loads
#include "common.h"

u64 calls;
u64 limit = 100;

SEC("uprobe.s")
int data_bss_counter(struct pt_regs *ctx)
{
	char buf[8];
	u64 n;

	bpf_preempt_disable();
	n = __sync_fetch_and_add(&calls, 1);
	bpf_preempt_enable();
	if (n < limit)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	return 0;
}
