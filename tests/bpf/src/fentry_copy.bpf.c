// expect: fentry_copy: violation no-sleep-in-atomic
//   A non-sleepable fentry program copies from user memory.
// kernel: not loadable here (fentry programs get EPERM on this machine); verdict by reasoning:
//   "helper call might sleep in a non-sleepable prog"
#include "common.h"

SEC("fentry/do_sys_openat2")
int BPF_PROG(fentry_copy, int dfd, const char *filename)
{
	char buf[16];

	bpf_copy_from_user(buf, sizeof(buf), filename);
	return 0;
}
