// expect: sub_global_without_func_info: safe
//   A kprobe calls a non-static helper function that copies from user memory only when its second
//   argument is set, and passes 0. Built without debug info, the object has no function info, so
//   the kernel checks every subprogram in its caller's context, as a static one: the copy is never
//   reached. (With function info the helper is a global function checked alone, and refused.)
// kernel: loads
// btf: none
#include <linux/types.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";
__u64 seen;

__noinline int read_user_word(__u64 uptr, __u64 on)
{
	__u64 v = 0;

	if (on)
		bpf_copy_from_user(&v, sizeof(v), (void *)uptr);
	return v;
}

SEC("kprobe/do_nanosleep")
int sub_global_without_func_info(void *ctx)
{
	seen += read_user_word(0x1000, 0);
	return 0;
}
