// expect: region_rcu_iter_task_two_sections: violation kernel-contract rcu-iterator-section
//   A task iterator made in one RCU read-side section and stepped in a later one, with a copy from
//   user memory (which may sleep, and let a grace period pass) between them: the task it holds may
//   be freed by then. The verifier ends such iterators at bpf_rcu_read_unlock.
// kernel: refuses: "expected an RCU CS when using bpf_iter_task_next"
#include "common.h"

struct args {
	u64 uptr;
};

SEC("syscall")
int region_rcu_iter_task_two_sections(struct args *ctx)
{
	struct bpf_iter_task it;
	struct task_struct *t;
	u64 w = 0;
	int n = 0;

	bpf_rcu_read_lock();
	bpf_iter_task_new(&it, NULL, 0);
	t = bpf_iter_task_next(&it);
	bpf_rcu_read_unlock();
	bpf_copy_from_user(&w, sizeof(w), (void *)ctx->uptr);
	bpf_rcu_read_lock();
	while ((t = bpf_iter_task_next(&it)))
		n++;
	bpf_iter_task_destroy(&it);
	bpf_rcu_read_unlock();
	return n + (w & 1);
}
