// expect: live_core_type_id: safe
//   A kprobe casts the current task with bpf_rdonly_cast to the kernel's struct task_struct,
//   whose BTF id is a CO-RE relocation (bpf_core_type_id_kernel): the compiled id is the
//   object's own, and the kernel takes the cast only with the id of its BTF. Nothing sleeps.
// kernel: loads
#include "common.h"

extern void *bpf_rdonly_cast(const void *obj, u32 btf_id) __ksym;

SEC("kprobe/do_nanosleep")
int live_core_type_id(struct pt_regs *ctx)
{
	struct task_struct *task = bpf_rdonly_cast((void *)bpf_get_current_task(),
						   bpf_core_type_id_kernel(struct task_struct));

	return task->pid & 1;
}
