// expect: path_stack_pointer_spilled_to_unwritten_slot: violation no-sleep-in-atomic
//   A pointer to the flag is stored through a pointer chosen between two stack slots, one of them
//   never written before. Read back from that slot, it is the flag's address: a store through it
//   sets the flag, and the copy runs inside the RCU section. A stack word no step gave a value
//   may hold any stack address when read back.
// kernel: refuses
#include "common.h"

SEC("uprobe.s")
int path_stack_pointer_spilled_to_unwritten_slot(struct pt_regs *ctx)
{
	u64 picked = PT_REGS_PARM2(ctx) == 0x99;
	u64 flag = 0, *fresh_slot, *other_slot = 0;
	u64 **to = &other_slot;
	char buf[8];

	opaque(picked);
	asm volatile("" :: "r"(&flag), "r"(&fresh_slot), "r"(&other_slot) : "memory");
	if (picked)
		to = &fresh_slot;
	opaque(to);
	*to = &flag;
	asm volatile("" :: "r"(&fresh_slot) : "memory");
	if (picked) {
		u64 *through = fresh_slot;

		opaque(through);
		*through = 1;
	}
	asm volatile("" :: "r"(&flag) : "memory");
	bpf_rcu_read_lock();
	if (flag)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	bpf_rcu_read_unlock();
	return 0;
}
