// expect: blk_btf_find_in_irq: violation no-sleep-in-atomic
//   bpf_btf_find_by_name_kind with interrupts disabled.
// kernel: loads on build 6.18.44-fc-v669, where the verifier misses it: its bpf_btf_find_by_name_kind proto has no
//   might_sleep (kernel/bpf/syscall.c), though it makes a file descriptor for a module's BTF (__btf_new_fd(), anon_inode_getfd(), GFP_KERNEL allocations).
//   Build 6.18.44-fc-v782 refuses: "sleepable helper bpf_btf_find_by_name_kind#167 in IRQ-disabled region"
#include "common.h"

SEC("syscall")
int blk_btf_find_in_irq(void *ctx)
{
	char name[] = "task_struct";
	unsigned long flags;
	long id;

	bpf_local_irq_save(&flags);
	id = bpf_btf_find_by_name_kind(name, sizeof(name), 4 /* BTF_KIND_STRUCT */, 0);
	bpf_local_irq_restore(&flags);
	return id > 0;
}
