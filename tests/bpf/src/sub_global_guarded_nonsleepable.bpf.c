// expect: sub_global_guarded_nonsleepable: violation kernel-contract global-may-sleep
//   A kprobe calls the global function with its copy flag 0, so it never sleeps; the kernel
//   verifies the function alone (flag unknown, non-sleepable) and refuses its copy.
// kernel: refuses: "global functions that may sleep are not allowed in non-sleepable context, i.e., in a RCU/IRQ/preempt-disabled section, or in a non-sleepable BPF program context" (three log lines)
#include "common.h"

__noinline u64 maybe_fetch(u64 uptr, u32 do_copy)
{
	u64 w = 0;

	if (do_copy)
		bpf_copy_from_user(&w, sizeof(w), (void *)uptr);
	return w + uptr;
}

SEC("kprobe/do_sys_openat2")
int sub_global_guarded_nonsleepable(struct pt_regs *ctx)
{
	return maybe_fetch(PT_REGS_PARM2(ctx), 0) & 0xff;
}
