// expect: ptype_syscall_copy: safe
//   A syscall program is always sleepable and opens no region, so bpf_copy_from_user may block.
// kernel: loads
#include "common.h"

struct args {
	u64 uptr;
};

SEC("syscall")
int ptype_syscall_copy(struct args *ctx)
{
	char buf[16];

	bpf_copy_from_user(buf, sizeof(buf), (void *)ctx->uptr);
	return buf[0];
}
