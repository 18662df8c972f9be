// expect: data_kconfig_version_copy_in_rcu: violation no-sleep-in-atomic
//   LINUX_KERNEL_VERSION, a .kconfig extern libbpf sets from the running kernel's release, guards a
//   copy from user memory inside an RCU section: on any kernel from 5.10 the copy runs. The
//   object's own .kconfig bytes are zeros; the kernel's values decide (checked against another
//   series than the running kernel's, they are unknown).
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

extern unsigned int LINUX_KERNEL_VERSION __kconfig;

SEC("uprobe.s")
int data_kconfig_version_copy_in_rcu(struct pt_regs *ctx)
{
	u64 w = 0;

	bpf_rcu_read_lock();
	if (LINUX_KERNEL_VERSION >= KERNEL_VERSION(5, 10, 0))
		bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM1(ctx));
	bpf_rcu_read_unlock();
	return w & 1;
}
