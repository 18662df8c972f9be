// expect: iter_css_task_in_tc: violation kernel-contract not-offered
//   A tc program counting the tasks of cgroup 1 with the css_task iterator. It never sleeps, but the
//   kernel offers bpf_iter_css_task_new only to LSM and iterator programs and to code running
//   sleepable (verifier.c check_css_task_iter_allowlist()), and a tc program runs atomic.
// kernel: refuses: "css_task_iter is only allowed in bpf_lsm, bpf_iter and sleepable progs"
#include "common.h"

u64 tasks_seen;

SEC("tc")
int iter_css_task_in_tc(struct __sk_buff *skb)
{
	struct bpf_iter_css_task it;
	struct cgroup *cg = bpf_cgroup_from_id(1);

	if (!cg)
		return 0;
	bpf_iter_css_task_new(&it, &cg->self, CSS_TASK_ITER_PROCS);
	while (bpf_iter_css_task_next(&it))
		tasks_seen++;
	bpf_iter_css_task_destroy(&it);
	bpf_cgroup_release(cg);
	return 0;
}
