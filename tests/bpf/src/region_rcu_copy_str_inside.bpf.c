// expect: region_rcu_copy_str_inside: violation no-sleep-in-atomic
//   The sleepable kfunc bpf_copy_from_user_str inside an RCU section of a syscall program.
// kernel: refuses: "kernel func bpf_copy_from_user_str is sleepable within rcu_read_lock region"
#include "common.h"

struct args {
	u64 uptr;
};

SEC("syscall")
int region_rcu_copy_str_inside(struct args *ctx)
{
	char buf[32];
	int n;

	bpf_rcu_read_lock();
	n = bpf_copy_from_user_str(buf, sizeof(buf), (void *)ctx->uptr, 0);
	bpf_rcu_read_unlock();
	return n;
}
