// expect: co_re_missing_type_copy_dead: safe
//   A copy from user memory inside an RCU section, guarded by bpf_core_type_exists() of a type
//   this kernel's BTF does not have: libbpf writes 0 and the branch is dead. clang's own value is
//   1 (the local type exists): the kernel's BTF decides.
// kernel: loads
#include "common.h"

struct sleepcheck_no_such_type___x {
	int field;
};

SEC("uprobe.s")
int co_re_missing_type_copy_dead(struct pt_regs *ctx)
{
	u64 w = 0;

	if (bpf_core_type_exists(struct sleepcheck_no_such_type___x)) {
		bpf_rcu_read_lock();
		bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM1(ctx));
		bpf_rcu_read_unlock();
	}
	bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM2(ctx));
	return w & 1;
}
