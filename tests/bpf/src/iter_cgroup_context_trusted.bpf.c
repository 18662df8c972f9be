// expect: iter_cgroup_context_trusted: safe
//   A cgroup iterator hands its context's cgroup to bpf_cgroup_acquire. The kernel registers that
//   member as a trusted pointer (PTR_TRUSTED), so the KF_RCU kfunc takes it with no RCU section;
//   a task_file iterator's task, registered without the flag, would be refused.
// kernel: loads
#include "common.h"

extern struct cgroup *bpf_cgroup_acquire(struct cgroup *cgrp) __ksym;

SEC("iter/cgroup")
int iter_cgroup_context_trusted(struct bpf_iter__cgroup *ctx)
{
	struct cgroup *cgrp = ctx->cgroup, *held;

	if (!cgrp)
		return 0;
	held = bpf_cgroup_acquire(cgrp);
	if (held)
		bpf_cgroup_release(held);
	return 0;
}
