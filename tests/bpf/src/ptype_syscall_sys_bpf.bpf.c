// expect: ptype_syscall_sys_bpf: safe
//   bpf_sys_bpf and bpf_sys_close may sleep; a syscall program is sleepable and holds no region.
// kernel: loads
#include "common.h"

struct args {
	u32 fd;
};

SEC("syscall")
int ptype_syscall_sys_bpf(struct args *ctx)
{
	union bpf_attr attr = {};
	long fd;

	attr.map_type = BPF_MAP_TYPE_ARRAY;
	attr.key_size = 4;
	attr.value_size = 8;
	attr.max_entries = 1;
	fd = bpf_sys_bpf(BPF_MAP_CREATE, &attr, sizeof(attr));
	if (fd < 0)
		return 1;
	bpf_sys_close(fd);
	return 0;
}
