// expect: sub_static_copy_nonsleepable: violation no-sleep-in-atomic
//   The copying static subprogram called from a (non-sleepable) kprobe.
// kernel: refuses: "helper call might sleep in a non-sleepable prog"
#include "common.h"

static __noinline u64 fetch_word(const void *uptr)
{
	u64 w = 0;

	bpf_copy_from_user(&w, sizeof(w), uptr);
	return w;
}

SEC("kprobe/do_sys_openat2")
int sub_static_copy_nonsleepable(struct pt_regs *ctx)
{
	return fetch_word((void *)PT_REGS_PARM2(ctx)) & 0xff;
}
