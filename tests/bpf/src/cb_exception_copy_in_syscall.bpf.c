// expect: cb_exception_copy_in_syscall: safe
//   As cb_exception_copy_in_tc, in a syscall program: the exception callback runs sleepable, with
//   no region open, and may copy.
// kernel: loads
#include "common.h"

extern void bpf_throw(u64 cookie) __ksym;

u64 saved_ptr;

__noinline int cb_exception_copy_in_syscall_handler(u64 cookie)
{
	u64 word = 0;

	bpf_copy_from_user(&word, sizeof(word), (void *)saved_ptr);
	return (int)(word + cookie);
}

SEC("syscall")
__attribute__((btf_decl_tag("exception_callback:cb_exception_copy_in_syscall_handler")))
int cb_exception_copy_in_syscall(u64 *ctx)
{
	saved_ptr = ctx[0];
	if (ctx[1] == 7)
		bpf_throw(1);
	return 0;
}
