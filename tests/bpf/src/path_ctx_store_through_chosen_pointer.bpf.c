// expect: path_ctx_store_through_chosen_pointer: violation no-sleep-in-atomic
//   A syscall program's context is memory its caller passed: a store into it reads back. Here the
//   store goes through a pointer that is the context or a stack slot, chosen by a context field;
//   when it is the context, `armed` reads 1 and the copy runs inside the preemption-disabled
//   section.
// kernel: refuses
#include "common.h"

struct chosen_args {
	u64 armed;
	u64 pick;
	u64 user;
};

SEC("syscall")
int path_ctx_store_through_chosen_pointer(struct chosen_args *req)
{
	char buf[8];
	u64 spare = 0;
	u64 *where = &spare;

	req->armed = 0;
	if (req->pick == 3)
		where = &req->armed;
	opaque(where);
	*where = 1;
	asm volatile("" :: "r"(&spare) : "memory");
	bpf_preempt_disable();
	if (req->armed)
		bpf_copy_from_user(buf, sizeof(buf), (void *)req->user);
	bpf_preempt_enable();
	return 0;
}
