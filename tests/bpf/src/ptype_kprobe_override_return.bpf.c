// expect: ptype_kprobe_override_return: violation kernel-contract not-offered
//   A kprobe makes the probed function fail with bpf_override_return when a flag argument is set:
//   nothing sleeps, but the kernel offers the helper only when built with
//   CONFIG_BPF_KPROBE_OVERRIDE, which the modelled 6.18 kernel is not.
// kernel: refuses: "program of this type cannot use helper bpf_override_return#58"
#include "common.h"

SEC("kprobe/do_sys_openat2")
int ptype_kprobe_override_return(struct pt_regs *ctx)
{
	if (PT_REGS_PARM3(ctx) == 0)
		bpf_override_return(ctx, -1);
	return 0;
}
