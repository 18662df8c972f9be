// expect: blk_btf_find_in_irq: violation no-sleep-in-atomic
//   bpf_btf_find_by_name_kind with interrupts disabled.
// kernel: refuses: "sleepable helper bpf_btf_find_by_name_kind#167 in IRQ-disabled region"
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
