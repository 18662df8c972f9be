// expect: cb_loop_copy_on_late_iteration: violation no-sleep-in-atomic
//   A syscall program runs up to 4096 bpf_loop iterations with preemption disabled; the callback
//   copies from user memory on its 200th iteration only, so a request asking for more than 200
//   iterations sleeps with preemption off, far past the first unrollings.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in non-preemptible region"
#include "common.h"

struct copy_request {
	u64 user_ptr;
	u32 steps;
	u32 pad;
};

char scratch[32];

static long step(u32 i, void *data)
{
	if (i == 199)
		bpf_copy_from_user(scratch, sizeof(scratch), (void *)*(u64 *)data);
	return 0;
}

SEC("syscall")
int cb_loop_copy_on_late_iteration(struct copy_request *req)
{
	u64 user_ptr = req->user_ptr;
	u32 steps = req->steps;

	if (steps > 4096)
		steps = 4096;
	bpf_preempt_disable();
	bpf_loop(steps, step, &user_ptr, 0);
	bpf_preempt_enable();
	return 0;
}
