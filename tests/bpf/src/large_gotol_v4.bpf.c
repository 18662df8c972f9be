// expect: large_gotol_v4: safe
//   A branch skips about 40,000 instructions of mixing, too far for a 16-bit jump offset, so
//   clang emits gotol (cpu v4). The copy follows a balanced preempt-off section.
// kernel: loads
#include "common.h"
#include "large.h"

SEC("uprobe.s")
int large_gotol_v4(struct pt_regs *ctx)
{
	u64 h = PT_REGS_PARM1(ctx);
	char buf[8];

	if (h & 1) {
		REPEAT_8192(MIX(h))
	}
	bpf_preempt_disable();
	h += bpf_get_smp_processor_id();
	bpf_preempt_enable();
	bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	return h & 0xff;
}
