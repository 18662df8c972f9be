// expect: region_rcu_iter_task_inside: safe
//   The task iterator inside an RCU read-side section of a sleepable syscall program, with a copy
//   from user memory after the section closes.
// kernel: loads
#include "common.h"

struct args {
	u64 uptr;
};

SEC("syscall")
int region_rcu_iter_task_inside(struct args *ctx)
{
	struct bpf_iter_task it;
	struct task_struct *t;
	char buf[8];
	int n = 0;

	bpf_rcu_read_lock();
	bpf_iter_task_new(&it, NULL, 0);
	while ((t = bpf_iter_task_next(&it)))
		n++;
	bpf_iter_task_destroy(&it);
	bpf_rcu_read_unlock();
	bpf_copy_from_user(buf, sizeof(buf), (void *)ctx->uptr);
	return n;
}
