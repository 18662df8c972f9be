// expect: co_re_field_of_other_type: violation regions-balanced
//   A local flavour of task_struct declares comm as an int. The kernel's comm is a char array, so
//   libbpf finds no compatible field (relo_core.c bpf_core_fields_are_compat()) and writes 0 for
//   bpf_core_field_exists(): the RCU section opened when the field is missing is never closed.
// kernel: refuses: "BPF_EXIT instruction in main prog cannot be used inside bpf_rcu_read_lock-ed region"
#include "common.h"

struct task_struct___int_comm {
	int comm;
} __attribute__((preserve_access_index));

SEC("kprobe/do_nanosleep")
int co_re_field_of_other_type(struct pt_regs *ctx)
{
	struct task_struct___int_comm *task = (void *)bpf_get_current_task();

	if (!bpf_core_field_exists(task->comm))
		bpf_rcu_read_lock();
	return 0;
}
