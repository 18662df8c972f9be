// expect: blk_lookup_user_key_in_rcu: violation no-sleep-in-atomic
//   bpf_lookup_user_key inside an RCU section.
// kernel: refuses: "kernel func bpf_lookup_user_key is sleepable within rcu_read_lock region"
#include "common.h"

struct args {
	s32 serial;
};

SEC("syscall")
int blk_lookup_user_key_in_rcu(struct args *ctx)
{
	struct bpf_key *key;

	bpf_rcu_read_lock();
	key = bpf_lookup_user_key(ctx->serial, 0);
	bpf_rcu_read_unlock();
	if (!key)
		return 1;
	bpf_key_put(key);
	return 0;
}
