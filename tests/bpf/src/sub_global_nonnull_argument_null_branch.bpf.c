// expect: sub_global_nonnull_argument_null_branch: safe
//   A global function opens an RCU section and copies from user memory inside it only when its
//   pointer argument is NULL; the argument is tagged arg:nonnull (libbpf's __arg_nonnull), so the
//   verifier, checking the function alone, takes it as never NULL and drops the branch, and the
//   caller passes a stack object.
// kernel: loads
#include "common.h"

struct counter {
	u64 n;
};

__noinline int bump(struct counter *c __attribute__((btf_decl_tag("arg:nonnull"))))
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
int sub_global_nonnull_argument_null_branch(struct pt_regs *ctx)
{
	struct counter c = { 1 };

	return bump(&c);
}
