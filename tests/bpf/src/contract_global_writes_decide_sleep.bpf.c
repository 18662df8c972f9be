// expect: contract_global_writes_decide_sleep: violation kernel-contract
//   A global function clears the caller's flag through the pointer it is passed; the flag then
//   decides a copy inside an RCU section. With this body the flag is always 0, but the verifier
//   takes the bytes a global function may write through a pointer argument as any value.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

struct copy_request {
	int copy;
};

__noinline int settle(struct copy_request *request)
{
	if (request)
		request->copy = 0;
	return 0;
}

SEC("syscall")
int contract_global_writes_decide_sleep(void *ctx)
{
	struct copy_request request = { .copy = 1 };
	char buf[8] = {};

	settle(&request);
	bpf_rcu_read_lock();
	if (request.copy)
		bpf_copy_from_user(buf, sizeof(buf), (void *)0x1000);
	bpf_rcu_read_unlock();
	return buf[0];
}
