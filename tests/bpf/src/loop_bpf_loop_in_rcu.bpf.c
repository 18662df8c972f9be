// expect: loop_bpf_loop_in_rcu: violation no-sleep-in-atomic
//   bpf_loop called inside an RCU section: its callback inherits the section and copies.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

struct loop_ctx {
	const char *p;
	u64 sum;
};

static long copy_one(u64 i, struct loop_ctx *lc)
{
	u64 w = 0;

	bpf_copy_from_user(&w, sizeof(w), lc->p + 8 * (i & 7));
	lc->sum += w;
	return 0;
}

SEC("uprobe.s")
int loop_bpf_loop_in_rcu(struct pt_regs *ctx)
{
	struct loop_ctx lc = { .p = (const char *)PT_REGS_PARM1(ctx) };

	bpf_rcu_read_lock();
	bpf_loop(8, copy_one, &lc, 0);
	bpf_rcu_read_unlock();
	return lc.sum & 0xff;
}
