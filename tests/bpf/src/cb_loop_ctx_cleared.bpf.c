// expect: cb_loop_ctx_cleared: safe
//   As cb_loop_ctx_flag_in_rcu, but the callback clears the flag: whatever the count, the copy
//   inside the RCU section never runs.
// kernel: loads
#include "common.h"

struct loop_ctx {
	u64 flag;
};

static int clear(u32 i, struct loop_ctx *c)
{
	c->flag = 0;
	return 0;
}

SEC("uprobe.s")
int cb_loop_ctx_cleared(struct pt_regs *ctx)
{
	struct loop_ctx c = {};
	char buf[8];

	bpf_rcu_read_lock();
	bpf_loop(PT_REGS_PARM3(ctx) & 7, clear, &c, 0);
	if (c.flag)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	bpf_rcu_read_unlock();
	return 0;
}
