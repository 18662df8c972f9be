// expect: co_re_poisoned_call_in_dead_branch: safe
//   A branch taken only on kernels whose task_struct lacks a field ends in a deliberately poisoned
//   call (helper number 0xbad2310, the mark libbpf writes for a failed CO-RE relocation, which some
//   projects emit themselves for code that must never run). On this kernel the field exists, the
//   branch is dead, and the verifier never reaches the call.
// kernel: loads
#include "common.h"

SEC("kprobe/do_nanosleep")
int co_re_poisoned_call_in_dead_branch(void *ctx)
{
	if (bpf_core_field_exists(struct task_struct, real_parent))
		return 0;
	asm volatile("call %0" ::"i"(0xbad2310));
	return 1;
}
