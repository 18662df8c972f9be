// expect: sub_static_copy_in_rcu: violation no-sleep-in-atomic
//   The static subprogram that copies is called inside an RCU section; it runs in its caller's
//   state.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

static __noinline u64 fetch_word(const void *uptr)
{
	u64 w = 0;

	bpf_copy_from_user(&w, sizeof(w), uptr);
	return w;
}

SEC("uprobe.s")
int sub_static_copy_in_rcu(struct pt_regs *ctx)
{
	u64 w;

	bpf_rcu_read_lock();
	w = fetch_word((void *)PT_REGS_PARM1(ctx));
	bpf_rcu_read_unlock();
	return w & 0xff;
}
