// expect: ptype_perf_event_copy_task: violation no-sleep-in-atomic
//   perf_event programs run in NMI context; bpf_copy_from_user_task may sleep.
// kernel: refuses: "helper call might sleep in a non-sleepable prog"
#include "common.h"

SEC("perf_event")
int ptype_perf_event_copy_task(struct bpf_perf_event_data *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();
	u64 word = 0;

	bpf_copy_from_user_task(&word, sizeof(word), (void *)ctx->regs.sp, task, 0);
	return word != 0;
}
