// expect: sub_static_guarded_in_rcu: safe
//   The same guarded copy as sub_global_guarded_in_rcu, but static: verified at each call with
//   the caller's constant flag, so the kernel sees that nothing blocks in the section.
// kernel: loads
#include "common.h"

static __noinline u64 maybe_fetch(u64 uptr, u32 do_copy)
{
	u64 w = 0;

	if (do_copy)
		bpf_copy_from_user(&w, sizeof(w), (void *)uptr);
	return w + uptr;
}

SEC("uprobe.s")
int sub_static_guarded_in_rcu(struct pt_regs *ctx)
{
	u64 a, b;

	a = maybe_fetch(PT_REGS_PARM1(ctx), 1);
	bpf_rcu_read_lock();
	b = maybe_fetch(PT_REGS_PARM2(ctx), 0);
	bpf_rcu_read_unlock();
	return (a + b) & 0xff;
}
