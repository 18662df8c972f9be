// expect: blk_lookup_user_key_syscall: safe
//   bpf_lookup_user_key (KF_SLEEPABLE) and bpf_key_put in a syscall program.
// kernel: loads
#include "common.h"

struct args {
	s32 serial;
};

SEC("syscall")
int blk_lookup_user_key_syscall(struct args *ctx)
{
	struct bpf_key *key = bpf_lookup_user_key(ctx->serial, 0);

	if (!key)
		return 1;
	bpf_key_put(key);
	return 0;
}
