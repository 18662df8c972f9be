// expect: cb_loop_scan_args_into_map: violation no-sleep-in-atomic
//   A tracepoint scans the syscall's arguments with bpf_loop, each run reading args[i] by its
//   index, and copies the path argument into a per-CPU map value whose pointer it keeps beside
//   them. The copy into the map value changes no stack byte, and the second argument lies in a
//   window of user addresses: the copy may sleep in a non-sleepable program.
// kernel: refuses: "helper call might sleep in a non-sleepable prog"
#include "common.h"

struct name {
	char path[64];
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct name);
} names SEC(".maps");

struct scan {
	u64 args[6];
	struct name *out;
	int found;
};

static int scan_one(u32 i, struct scan *s)
{
	u64 at;

	if (i >= 6)
		return 1;
	at = s->args[i];
	if (i == 1 && at > 0x10000 && at < 0x7fffffffffffULL) {
		bpf_copy_from_user(s->out->path, sizeof(s->out->path), (void *)at);
		s->found = 1;
		return 1;
	}
	return 0;
}

SEC("tracepoint/syscalls/sys_enter_openat")
int cb_loop_scan_args_into_map(struct trace_event_raw_sys_enter *ctx)
{
	struct scan s = {};
	u32 zero = 0;

	bpf_probe_read_kernel(s.args, sizeof(s.args), ctx->args);
	s.out = bpf_map_lookup_elem(&names, &zero);
	if (!s.out)
		return 0;
	bpf_loop(6, scan_one, &s, 0);
	return s.found;
}
