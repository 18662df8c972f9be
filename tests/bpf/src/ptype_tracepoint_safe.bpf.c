// expect: ptype_tracepoint_safe: safe
//   A tracepoint program that records the syscall's file name pointer in a ring buffer.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_openat")
int ptype_tracepoint_safe(struct trace_event_raw_sys_enter *ctx)
{
	u64 *e = bpf_ringbuf_reserve(&events, sizeof(u64), 0);

	if (!e)
		return 0;
	*e = ctx->args[1];
	bpf_ringbuf_submit(e, 0);
	return 0;
}
