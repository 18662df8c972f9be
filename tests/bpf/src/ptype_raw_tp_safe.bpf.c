// expect: ptype_raw_tp_safe: safe
//   A raw tracepoint program reading the syscall id with bpf_probe_read_kernel (never blocks).
// kernel: loads
#include "common.h"

SEC("raw_tp/sys_enter")
int ptype_raw_tp_safe(struct bpf_raw_tracepoint_args *ctx)
{
	long id = ctx->args[1];
	struct pt_regs *regs = (struct pt_regs *)ctx->args[0];
	unsigned long di = 0;

	bpf_probe_read_kernel(&di, sizeof(di), &regs->di);
	return id == 257 && di != 0;
}
