// expect: lsm_s_file_open_xattr: safe
//   A sleepable LSM program on file_open (in the sleepable hook allowlist) reads an extended
//   attribute with the sleepable kfunc bpf_get_file_xattr, no region open.
// kernel: not loadable here (LSM programs get EPERM on this machine); verdict by reasoning:
//   file_open is in sleepable_lsm_hooks (kernel/bpf/bpf_lsm.c), bpf_get_file_xattr is KF_SLEEPABLE
#include "common.h"

SEC("lsm.s/file_open")
int BPF_PROG(lsm_s_file_open_xattr, struct file *file)
{
	struct bpf_dynptr dp;
	char value[16];

	bpf_dynptr_from_mem(value, sizeof(value), 0, &dp);
	if (bpf_get_file_xattr(file, "user.sleepcheck", &dp) < 0)
		return 0;
	return value[0] == 'x' ? -1 : 0;
}
