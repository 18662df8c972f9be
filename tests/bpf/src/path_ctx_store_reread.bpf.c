// expect: path_ctx_store_reread: violation no-sleep-in-atomic
//   A syscall program's context is plain memory: it stores one field over another and reads it
//   back. With b == 42 and c != 42 the section opens and the re-read sees c, so the copy runs in it.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

struct args {
	u64 a;
	u64 b;
	u64 c;
	u64 uptr;
};

SEC("syscall")
int path_ctx_store_reread(struct args *ctx)
{
	u64 held = ctx->b == 42;
	u64 w = 0;

	opaque(held);
	if (held)
		bpf_rcu_read_lock();
	ctx->b = ctx->c;
	if (*(volatile u64 *)&ctx->b != 42)
		bpf_copy_from_user(&w, sizeof(w), (void *)ctx->uptr);
	if (held)
		bpf_rcu_read_unlock();
	return w & 1;
}
