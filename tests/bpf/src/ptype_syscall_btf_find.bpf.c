// expect: ptype_syscall_btf_find: safe
//   bpf_btf_find_by_name_kind may sleep; the syscall program is sleepable with no region open.
// kernel: loads
#include "common.h"

SEC("syscall")
int ptype_syscall_btf_find(void *ctx)
{
	char name[] = "task_struct";

	return bpf_btf_find_by_name_kind(name, sizeof(name), 4 /* BTF_KIND_STRUCT */, 0) > 0;
}
