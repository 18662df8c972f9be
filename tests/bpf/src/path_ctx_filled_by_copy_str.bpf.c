// expect: path_ctx_filled_by_copy_str: violation no-sleep-in-atomic
//   A syscall program clears the first byte of its context's name, then copies a user string over
//   the name: the byte the program tests afterwards is the user's, and 'x' opens an RCU section in
//   which the copy sleeps.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

struct named_request {
	char name[16];
	u64 uptr;
};

SEC("syscall")
int path_ctx_filled_by_copy_str(struct named_request *ctx)
{
	u64 word = 0;

	ctx->name[0] = 0;
	bpf_copy_from_user_str(ctx->name, sizeof(ctx->name), (void *)ctx->uptr, 0);
	if (ctx->name[0] == 'x')
		bpf_rcu_read_lock();
	bpf_copy_from_user(&word, sizeof(word), (void *)ctx->uptr);
	if (ctx->name[0] == 'x')
		bpf_rcu_read_unlock();
	return word & 1;
}
