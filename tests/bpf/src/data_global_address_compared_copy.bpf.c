// expect: data_global_address_compared_copy: violation no-sleep-in-atomic
//   A syscall program copies from user memory inside an RCU section when the caller passes the
//   address of one of the program's globals. The caller may pass any value, so the copy runs; the
//   witness's context bytes must equal the global's address in the replay as they do for the solver.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

struct passed {
	u64 cookie;
	u64 from;
};

u64 marker;

SEC("syscall")
int data_global_address_compared_copy(struct passed *args)
{
	u64 w = 0;

	if (args->cookie == (u64)&marker) {
		bpf_rcu_read_lock();
		bpf_copy_from_user(&w, sizeof(w), (void *)args->from);
		bpf_rcu_read_unlock();
	}
	return w & 1;
}
