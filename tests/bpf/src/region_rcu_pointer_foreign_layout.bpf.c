// expect: region_rcu_pointer_foreign_layout: safe
//   An object built without vmlinux.h or CO-RE, against its own idea of task_struct: it calls the
//   pointer at byte 1280 "parent". In the running kernel (6.18.44-fc-v669) that offset holds
//   real_parent, which the verifier reads in an RCU section as MEM_RCU, so bpf_task_acquire takes it.
//   The verifier names what a load reads by the kernel's BTF, not by the object's.
// kernel: loads
#include <linux/types.h>
#include <bpf/bpf_helpers.h>

struct task_struct {
	char before[1280];
	struct task_struct *parent;
};

extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym;
extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;
static struct task_struct *(*const current_task_btf)(void) = (void *)158;

char LICENSE[] SEC("license") = "GPL";

SEC("syscall")
int region_rcu_pointer_foreign_layout(void *ctx)
{
	struct task_struct *task = current_task_btf(), *held;

	bpf_rcu_read_lock();
	held = bpf_task_acquire(task->parent);
	if (held)
		bpf_task_release(held);
	bpf_rcu_read_unlock();
	return 0;
}
