// expect: path_ctx_store_pins: safe
//   As path_ctx_store_reread, but the program itself stores 42 where the section opens and 0
//   elsewhere, so the re-read decides the copy exactly as the section does.
// kernel: refuses (lost precision: the verifier does not remember a value stored into the context): "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

struct args {
	u64 a;
	u64 b;
	u64 c;
	u64 uptr;
};

SEC("syscall")
int path_ctx_store_pins(struct args *ctx)
{
	u64 held = ctx->b == 42;
	u64 w = 0;

	opaque(held);
	if (held) {
		bpf_rcu_read_lock();
		ctx->c = 42;
	} else {
		ctx->c = 0;
	}
	if (*(volatile u64 *)&ctx->c != 42)
		bpf_copy_from_user(&w, sizeof(w), (void *)ctx->uptr);
	if (held)
		bpf_rcu_read_unlock();
	return w & 1;
}
