// expect: cb_exception_copy_in_tc: violation no-sleep-in-atomic
//   The program's exception callback, which the kernel runs after bpf_throw in the program's own
//   context, copies from user memory; a tc program is not sleepable.
// kernel: refuses: "helper call might sleep in a non-sleepable prog"
#include "common.h"

extern void bpf_throw(u64 cookie) __ksym;

u64 saved_ptr;

__noinline int cb_exception_copy_in_tc_handler(u64 cookie)
{
	u64 word = 0;

	bpf_copy_from_user(&word, sizeof(word), (void *)saved_ptr);
	return (int)(word + cookie);
}

SEC("tc")
__attribute__((btf_decl_tag("exception_callback:cb_exception_copy_in_tc_handler")))
int cb_exception_copy_in_tc(struct __sk_buff *skb)
{
	if (skb->mark == 7)
		bpf_throw(1);
	return 0;
}
