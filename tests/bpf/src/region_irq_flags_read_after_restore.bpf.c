// expect: region_irq_flags_read_after_restore: violation no-sleep-in-atomic
//   The flags word starts at 0; bpf_local_irq_save stores the CPU's saved flags in it (never 0 on
//   x86, whose bit 1 is always set) and the restore leaves them there. Read back after the restore,
//   they open an RCU section whose copy from user memory blocks. A model in which the save writes
//   nothing keeps the 0 and calls the section dead.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

SEC("uprobe.s")
int region_irq_flags_read_after_restore(struct pt_regs *ctx)
{
	unsigned long flags = 0;
	u64 w = 0;

	bpf_local_irq_save(&flags);
	bpf_local_irq_restore(&flags);
	if (*(volatile unsigned long *)&flags) {
		bpf_rcu_read_lock();
		bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM1(ctx));
		bpf_rcu_read_unlock();
	}
	return w & 1;
}
