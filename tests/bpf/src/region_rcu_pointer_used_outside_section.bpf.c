// expect: region_rcu_pointer_used_outside_section: violation kernel-contract
//   In a sleepable (syscall) program, a pointer read from an RCU-protected field (the current task's
//   real_parent) is trusted only inside an RCU read-side section; read outside one it is
//   untrusted, and bpf_task_acquire refuses it. The parent may be freed meanwhile: the verifier
//   wants the read and the use inside bpf_rcu_read_lock.
// kernel: refuses: "R1 must be a rcu pointer"
#include "common.h"

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;

SEC("syscall")
int region_rcu_pointer_used_outside_section(void *ctx)
{
	struct task_struct *parent = bpf_task_acquire(bpf_get_current_task_btf()->real_parent);
	int pid = 0;

	if (parent) {
		pid = parent->tgid;
		bpf_task_release(parent);
	}
	return pid;
}
