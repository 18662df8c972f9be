// expect: ptype_raw_tp_copy_str: violation no-sleep-in-atomic
//   A sleepable kfunc (bpf_copy_from_user_str) in a raw tracepoint program, which is never sleepable.
// kernel: refuses: "program must be sleepable to call sleepable kfunc bpf_copy_from_user_str"
#include "common.h"

SEC("raw_tp/sys_enter")
int ptype_raw_tp_copy_str(struct bpf_raw_tracepoint_args *ctx)
{
	char name[32];

	return bpf_copy_from_user_str(name, sizeof(name), (void *)ctx->args[1], 0);
}
