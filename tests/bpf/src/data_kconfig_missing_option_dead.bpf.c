// expect: data_kconfig_missing_option_dead: safe
//   A weak .kconfig extern for an option no kernel has reads 0 (libbpf writes 0 for a weak extern
//   the configuration lacks), so the copy from user memory with preemption disabled is dead.
//   CONFIG_BPF_SYSCALL, which every kernel that loads BPF has, guards a copy with no region open.
// kernel: loads
#include "common.h"

extern bool CONFIG_SLEEPCHECK_NO_SUCH_OPTION __kconfig __weak;
extern bool CONFIG_BPF_SYSCALL __kconfig __weak;

SEC("uprobe.s")
int data_kconfig_missing_option_dead(struct pt_regs *ctx)
{
	u64 w = 0;

	bpf_preempt_disable();
	if (CONFIG_SLEEPCHECK_NO_SUCH_OPTION)
		bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM1(ctx));
	bpf_preempt_enable();
	if (CONFIG_BPF_SYSCALL)
		bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM2(ctx));
	return w & 1;
}
