// expect: iter_css_task_in_wq_callback: safe
//   The same count of cgroup 1's tasks, moved into a bpf_wq callback that a tc program arms. A wq
//   callback runs sleepable, so the kernel offers it the css_task iterator although the program
//   that arms it is atomic.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct wq_val);
} works SEC(".maps");

u64 tasks_seen;

static int count_tasks(void *map, int *key, void *value)
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

SEC("tc")
int iter_css_task_in_wq_callback(struct __sk_buff *skb)
{
	u32 zero = 0;
	struct wq_val *v = bpf_map_lookup_elem(&works, &zero);

	if (!v || bpf_wq_init(&v->wq, &works, 0) || bpf_wq_set_callback_impl(&v->wq, count_tasks, 0, NULL))
		return 0;
	bpf_wq_start(&v->wq, 0);
	return 0;
}
