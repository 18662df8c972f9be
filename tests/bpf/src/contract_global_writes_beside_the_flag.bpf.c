// expect: contract_global_writes_beside_the_flag: safe
//   The control of contract_global_writes_decide_sleep: the global function is passed the first
//   member of the caller's struct, a 4-byte one, so the verifier takes those 4 bytes as written and
//   no more; the flag that decides the copy in RCU lies 8 bytes further and stays 0 to it.
// kernel: loads
#include "common.h"

struct part {
	int seen;
};

struct whole {
	struct part part;
	int pad;
	int copy;
	int spare;
};

__noinline int note(struct part *part)
{
	if (!part)
		return 0;
	asm volatile("" : : "r"(part) : "memory"); /* clang must take the struct as written */
	return 0;
}

SEC("syscall")
int contract_global_writes_beside_the_flag(void *ctx)
{
	struct whole whole = {};
	char buf[8] = {};

	note(&whole.part);
	bpf_rcu_read_lock();
	if (whole.copy)
		bpf_copy_from_user(buf, sizeof(buf), (void *)0x1000);
	bpf_rcu_read_unlock();
	return buf[0];
}
