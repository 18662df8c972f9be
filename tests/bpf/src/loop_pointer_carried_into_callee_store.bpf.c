// expect: loop_pointer_carried_into_callee_store: violation no-sleep-in-atomic
//   The loop carries a pointer to one of two flags of its frame, switched by an input bit. A
//   subprogram stores 1 through either that pointer or its own local, chosen by another input and
//   the iteration. At the loop head the carried pointer may be anything: a store through a pointer
//   chosen between it and the subprogram's local may reach the caller's frame, so `armed` is not 0
//   at every visit of the head, and the copy after the loop runs in the RCU section.
// kernel: refuses
#include "common.h"

static __noinline int put(u64 *outer, u64 key, u64 round)
{
	u64 scratch = 0;
	u64 *to = &scratch;

	if (key == 0x4d2 && round >= 10)
		to = outer;
	opaque(to);
	*to = 1;
	asm volatile("" :: "r"(&scratch) : "memory");
	return 0;
}

SEC("uprobe.s")
int loop_pointer_carried_into_callee_store(struct pt_regs *ctx)
{
	u64 armed = 0, spare = 0, bits = PT_REGS_PARM2(ctx), key = PT_REGS_PARM3(ctx);
	u64 *target = &armed;
	char buf[8];

	asm volatile("" :: "r"(&armed), "r"(&spare) : "memory");
	for (u64 round = 0; round < 40; round++) {
		put(target, key, round);
		if ((bits >> (round & 63)) & 1)
			target = &spare;
		opaque(target);
	}
	asm volatile("" :: "r"(&armed) : "memory");
	bpf_rcu_read_lock();
	if (armed)
		bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	bpf_rcu_read_unlock();
	return 0;
}
