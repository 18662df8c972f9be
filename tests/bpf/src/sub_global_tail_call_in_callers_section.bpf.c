// expect: sub_global_tail_call_in_callers_section: safe
//   A tail call made inside a global function replaces that function only: the target's result
//   comes back to the caller, which closes its RCU section after. The verifier checks the global
//   function on its own, where no section is open. No region is left open at the program's exit.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 2);
	__type(key, u32);
	__type(value, u32);
} next_stage SEC(".maps");

__noinline int hand_over(struct __sk_buff *skb)
{
	if (skb)
		bpf_tail_call(skb, &next_stage, 1);
	return 0;
}

SEC("tc")
int sub_global_tail_call_in_callers_section(struct __sk_buff *skb)
{
	bpf_rcu_read_lock();
	hand_over(skb);
	bpf_rcu_read_unlock();
	return 0;
}
