// expect: lsm_file_open_xattr: violation no-sleep-in-atomic
//   The same xattr read in a non-sleepable LSM program (SEC("lsm/...")).
// kernel: not loadable here (LSM programs get EPERM on this machine); verdict by reasoning:
//   "program must be sleepable to call sleepable kfunc bpf_get_file_xattr"
#include "common.h"

SEC("lsm/file_open")
int BPF_PROG(lsm_file_open_xattr, struct file *file)
{
	struct bpf_dynptr dp;
	char value[16];

	bpf_dynptr_from_mem(value, sizeof(value), 0, &dp);
	if (bpf_get_file_xattr(file, "user.sleepcheck", &dp) < 0)
		return 0;
	return -1;
}
