// expect: iter_s_task_sys_close: violation kernel-contract not-offered
//   A sleepable task iterator that closes a descriptor user space left in .bss once it has
//   walked the tasks. It runs where it may sleep, but bpf_sys_close is offered to syscall
//   programs only (kernel/bpf/syscall.c syscall_prog_func_proto), not to iterators.
// kernel: refuses: "program of this type cannot use helper bpf_sys_close#168"
#include "common.h"

int leftover_fd = -1; /* set by user space */

SEC("iter.s/task")
int iter_s_task_sys_close(struct bpf_iter__task *ctx)
{
	if (ctx->task)
		return 0;
	if (leftover_fd >= 0)
		bpf_sys_close(leftover_fd);
	return 0;
}
