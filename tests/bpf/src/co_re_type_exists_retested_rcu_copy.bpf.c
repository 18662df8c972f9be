// expect: co_re_type_exists_retested_rcu_copy: violation no-sleep-in-atomic
//   bpf_core_type_exists() of a type this kernel's BTF does not have is tested twice, around a
//   helper call: when it is 0 an RCU section opens at the first test and the second blocks inside it
//   on a copy from user memory. clang compiles the value as 1 (the local type exists) into a move
//   that libbpf rewrites to 0: a path that remembered the compiled 1 would see neither branch.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

struct sleepcheck_no_such_type___y {
	int field;
};

SEC("uprobe.s")
int co_re_type_exists_retested_rcu_copy(struct pt_regs *ctx)
{
	u64 present = bpf_core_type_exists(struct sleepcheck_no_such_type___y);
	u64 w = 0;

	asm volatile("" : "+r"(present));
	if (!present)
		bpf_rcu_read_lock();
	w = bpf_get_current_pid_tgid();
	asm volatile("" : "+r"(present));  /* both tests read the register, at 64 bits, unmerged */
	if (!present) {
		bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM1(ctx));
		bpf_rcu_read_unlock();
	}
	return w & 1;
}
