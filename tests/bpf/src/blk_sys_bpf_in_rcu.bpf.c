// expect: blk_sys_bpf_in_rcu: violation no-sleep-in-atomic
//   bpf_sys_bpf (may sleep) inside an RCU section of a syscall program.
// kernel: loads on build 6.18.44-fc-v669, where the verifier misses it: its bpf_sys_bpf proto has no
//   might_sleep (kernel/bpf/syscall.c), though it runs a bpf() command (map and program creation allocate with GFP_KERNEL and take mutexes).
//   Build 6.18.44-fc-v782 refuses: "sleepable helper bpf_sys_bpf#166 in rcu_read_lock region"
#include "common.h"

SEC("syscall")
int blk_sys_bpf_in_rcu(void *ctx)
{
	union bpf_attr attr = {};
	long fd;

	attr.map_type = BPF_MAP_TYPE_ARRAY;
	attr.key_size = 4;
	attr.value_size = 8;
	attr.max_entries = 1;
	bpf_rcu_read_lock();
	fd = bpf_sys_bpf(BPF_MAP_CREATE, &attr, sizeof(attr));
	bpf_rcu_read_unlock();
	return fd < 0;
}
