// expect: region_rcu_u32_slot_store_keeps_next: violation no-sleep-in-atomic
//   A uprobe.s fills slot i of a 100-word u32 array (400 bytes on the stack) where i is 9 on every
//   run, computed so that the compiler cannot fold it, and then copies from user memory inside an
//   RCU section while slot 10 still holds its 1 and the first argument is 0x1234. A 4-byte store
//   writes 4 bytes: one that wrote 8 would clear slot 10 and hide the copy.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

SEC("uprobe.s")
int region_rcu_u32_slot_store_keeps_next(struct pt_regs *ctx)
{
	u32 slots[100];
	u64 i = PT_REGS_PARM2(ctx);
	u64 w = 0;

	__builtin_memset(slots, 0, sizeof(slots));
	slots[10] = 1;
	asm volatile("%[i] |= 9; %[i] &= 9" : [i] "+r"(i));
	slots[i] = 7;
	asm volatile("" : : "r"(slots) : "memory");  /* the stores stay stores */
	if (*(volatile u32 *)&slots[10] == 1 && PT_REGS_PARM1(ctx) == 0x1234) {
		bpf_rcu_read_lock();
		bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM3(ctx));
		bpf_rcu_read_unlock();
	}
	return w & 1;
}
