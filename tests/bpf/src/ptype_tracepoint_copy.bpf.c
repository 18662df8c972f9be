// expect: ptype_tracepoint_copy: violation no-sleep-in-atomic
//   Tracepoint programs run with preemption disabled and are never sleepable.
// kernel: refuses: "helper call might sleep in a non-sleepable prog"
#include "common.h"

SEC("tracepoint/syscalls/sys_enter_openat")
int ptype_tracepoint_copy(struct trace_event_raw_sys_enter *ctx)
{
	char name[32];

	bpf_copy_from_user(name, sizeof(name), (void *)ctx->args[1]);
	return name[0];
}
