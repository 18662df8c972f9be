// expect: isa_ld_abs_in_rcu: violation regions-balanced
//   A socket filter reads the IP protocol with a legacy packet load inside an RCU read-side
//   section: on a packet too short for it, the load ends the program, returning 0, with the
//   section still held.
// kernel: refuses: "BPF_LD_[ABS|IND] cannot be used inside bpf_rcu_read_lock-ed region"
#include "common.h"

unsigned long long load_byte(void *skb, unsigned long long off) asm("llvm.bpf.load.byte");

SEC("socket")
int isa_ld_abs_in_rcu(struct __sk_buff *skb)
{
	unsigned long long proto;

	bpf_rcu_read_lock();
	proto = load_byte(skb, 14 + 9);
	bpf_rcu_read_unlock();
	return proto == 6 ? -1 : 0;
}
