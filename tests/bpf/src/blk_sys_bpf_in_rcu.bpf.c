// expect: blk_sys_bpf_in_rcu: violation no-sleep-in-atomic
//   bpf_sys_bpf (may sleep) inside an RCU section of a syscall program.
// kernel: refuses: "sleepable helper bpf_sys_bpf#166 in rcu_read_lock region"
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
