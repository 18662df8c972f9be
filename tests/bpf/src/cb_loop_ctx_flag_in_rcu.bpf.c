// expect: cb_loop_ctx_flag_in_rcu: violation no-sleep-in-atomic
//   A bpf_loop callback sets a flag in the caller's stack through its callback_ctx on its second
//   iteration; after the loop, still inside the RCU section, the flag decides a copy from user
//   memory. Two or more iterations (the count comes from the probed function's argument) sleep.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

struct loop_ctx {
	u64 flag;
};

static int set_on_second(u32 i, struct loop_ctx *c)
{
	if (i == 1)
		c->flag = 1;
	return 0;
}

SEC("uprobe.s")
int cb_loop_ctx_flag_in_rcu(struct pt_regs *ctx)
{
	struct loop_ctx c = {};
	char buf[8];

	bpf_rcu_read_lock();
	bpf_loop(PT_REGS_PARM3(ctx) & 7, set_on_second, &c, 0);
	if (c.flag)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	bpf_rcu_read_unlock();
	return 0;
}
