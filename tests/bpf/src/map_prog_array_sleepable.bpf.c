// expect: map_prog_array_sleepable: violation admissible
//   A sleepable uprobe that references a prog_array (to tail-call): sleepable programs may not
//   use that map type, so the load is refused before any call is considered.
// kernel: refuses: "Sleepable programs can only use array, hash, ringbuf and local storage maps"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 4);
	__type(key, u32);
	__type(value, u32);
} jump SEC(".maps");

SEC("uprobe.s")
int map_prog_array_sleepable(struct pt_regs *ctx)
{
	bpf_tail_call(ctx, &jump, 0);
	return 0;
}
