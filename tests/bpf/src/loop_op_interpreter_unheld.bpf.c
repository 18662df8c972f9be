// expect: loop_op_interpreter_unheld: safe
//   A syscall program interprets twelve operations the caller passes: one disables preemption, one
//   enables it again, one copies a user value, which it does only while preemption is enabled. clang
//   places a case of the switch before the loop's header, so an iteration may jump backwards twice;
//   it is still one iteration, and the loop counter stays a known number in each.
// kernel: loads
#include "common.h"

enum { STEP_HOLD = 1, STEP_RELEASE = 2, STEP_READ = 3 };

struct ops_args {
	u8 ops[16];
	u64 src;
	u64 out;
};

SEC("syscall")
int loop_op_interpreter_unheld(struct ops_args *ctx)
{
	u8 ops[16];
	u64 v = 0;
	int held = 0;

	__builtin_memcpy(ops, ctx->ops, sizeof(ops));
	for (int i = 0; i < 12; i++) {
		switch (ops[i]) {
		case STEP_HOLD:
			if (!held) {
				bpf_preempt_disable();
				held = 1;
			}
			break;
		case STEP_RELEASE:
			if (held) {
				bpf_preempt_enable();
				held = 0;
			}
			break;
		case STEP_READ:
			if (!held)
				bpf_copy_from_user(&v, sizeof(v), (void *)ctx->src);
			break;
		}
	}
	if (held)
		bpf_preempt_enable();
	ctx->out = v;
	return 0;
}
