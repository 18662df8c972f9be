// expect: path_helper_write_decides: violation no-sleep-in-atomic
//   bpf_probe_read_user fills `flag` from user memory; when it reads 7 the program enters an RCU
//   section and copies from user memory inside it. The flag's value is the helper's, not the 0 it
//   was initialised with.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

SEC("uprobe.s")
int path_helper_write_decides(struct pt_regs *ctx)
{
	int flag = 0;
	char buf[8];

	bpf_probe_read_user(&flag, sizeof(flag), (void *)PT_REGS_PARM1(ctx));
	if (flag == 7)
		bpf_rcu_read_lock();
	bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	if (flag == 7)
		bpf_rcu_read_unlock();
	return 0;
}
