// expect: ptype_uprobe_s_user_key_not_offered: violation kernel-contract not-offered
//   A sleepable uprobe looks a key up with bpf_lookup_user_key, a sleepable kfunc, outside any
//   region: the kernel registers it for tracing, tc, xdp and syscall programs, not kprobe ones, so a
//   uprobe may not call it.
// kernel: refuses: "calling kernel function bpf_lookup_user_key is not allowed"
#include "common.h"

SEC("uprobe.s")
int ptype_uprobe_s_user_key_not_offered(struct pt_regs *ctx)
{
	struct bpf_key *key = bpf_lookup_user_key((s32)PT_REGS_PARM1(ctx), 0);

	if (!key)
		return 1;
	bpf_key_put(key);
	return 0;
}
