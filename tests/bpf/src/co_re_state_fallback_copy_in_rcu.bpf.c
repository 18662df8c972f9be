// expect: co_re_state_fallback_copy_in_rcu: violation no-sleep-in-atomic
//   The get_task_state() fallback idiom of libbpf-tools: task_struct's `state` field was renamed
//   `__state` in 5.14, so bpf_core_field_exists() on the old flavour is 0 on this kernel and the
//   fallback branch runs; it copies from user memory inside the RCU section. clang's own value
//   for the existence check is 1 (the other branch): the kernel's BTF decides.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

struct task_struct___o {
	long state;
} __attribute__((preserve_access_index));

struct task_struct___x {
	unsigned int __state;
} __attribute__((preserve_access_index));

SEC("uprobe.s")
int co_re_state_fallback_copy_in_rcu(struct pt_regs *ctx)
{
	struct task_struct *t = bpf_get_current_task_btf();
	u64 w = 0;
	long st;

	bpf_rcu_read_lock();
	if (bpf_core_field_exists(((struct task_struct___o *)t)->state)) {
		st = BPF_CORE_READ((struct task_struct___o *)t, state);
	} else {
		st = BPF_CORE_READ((struct task_struct___x *)t, __state);
		bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM1(ctx));
	}
	bpf_rcu_read_unlock();
	return (st + w) & 1;
}
