// expect: map_tail_call_in_rcu: violation regions-balanced
//   A tail call leaves the program like an exit; here it happens inside an RCU section of a
//   kprobe, which the kernel refuses as it refuses an exit there.
// kernel: refuses: "tail_call cannot be used inside bpf_rcu_read_lock-ed region"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 4);
	__type(key, u32);
	__type(value, u32);
} jump SEC(".maps");

SEC("kprobe/do_sys_openat2")
int map_tail_call_in_rcu(struct pt_regs *ctx)
{
	bpf_rcu_read_lock();
	bpf_tail_call(ctx, &jump, 0);
	bpf_rcu_read_unlock();
	return 0;
}
