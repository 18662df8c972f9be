// expect: loop_iter_num_last_step_sleeps: violation no-sleep-in-atomic
//   An argv reader walks 32 user strings with a numbers iterator (bpf_for's loop), advancing by each copy's length; only on the
//   last step, with bytes still left before the end, it copies the tail inside an RCU section. A run
//   reaches it when every copy returns a positive length and the end lies far enough out.
// kernel: refuses: "kernel func bpf_copy_from_user_str is sleepable within rcu_read_lock region"
#include "common.h"

struct argv_state {
	u64 start;
	u64 end;
	char tail[32];
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct argv_state);
} argv SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, char[128]);
} scratch SEC(".maps");

SEC("uprobe.s")
int loop_iter_num_last_step_sleeps(struct pt_regs *ctx)
{
	u32 zero = 0;
	struct argv_state *s = bpf_map_lookup_elem(&argv, &zero);
	char *buf = bpf_map_lookup_elem(&scratch, &zero);
	struct bpf_iter_num it;
	int *step;

	if (!s || !buf)
		return 0;
	u64 at = s->start, end = s->end;
	bpf_iter_num_new(&it, 0, 32);
	while ((step = bpf_iter_num_next(&it))) {
		int i = *step;

		if (at >= end)
			break;
		int n = bpf_copy_from_user_str(buf, 128, (void *)at, 0);
		if (n <= 0)
			break;
		at += n;
		if (i == 31 && at < end) {
			bpf_rcu_read_lock();
			bpf_copy_from_user_str(s->tail, sizeof(s->tail), (void *)at, 0);
			bpf_rcu_read_unlock();
		}
	}
	bpf_iter_num_destroy(&it);
	return 0;
}
