// expect: sub_global_pointer_argument_null_branch: violation kernel-contract
//   sub_global_nonnull_argument_null_branch without the arg:nonnull tag: the verifier checks the
//   global function alone with a pointer that may be NULL, meets the copy inside the RCU section,
//   and refuses, though the only caller passes a stack object.
// kernel: refuses
#include "common.h"

struct counter {
	u64 n;
};

__noinline int bump(struct counter *c)
{
	char buf[8];
	int err = 0;

	if (!c) {
		bpf_rcu_read_lock();
		err = bpf_copy_from_user(buf, sizeof(buf), (void *)0x1000);
		bpf_rcu_read_unlock();
		return err;
	}
	return ++c->n;
}

SEC("uprobe.s")
int sub_global_pointer_argument_null_branch(struct pt_regs *ctx)
{
	struct counter c = { 1 };

	return bump(&c);
}
