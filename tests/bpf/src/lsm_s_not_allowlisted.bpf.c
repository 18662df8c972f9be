// expect: lsm_s_not_allowlisted: violation admissible
//   lsm.s on file_permission, a hook that is not in the sleepable allowlist: the sleepable flag
//   itself is refused, whatever the body does (here nothing that blocks).
// kernel: not loadable here (LSM programs get EPERM on this machine); verdict by reasoning:
//   file_permission is not in sleepable_lsm_hooks (kernel/bpf/bpf_lsm.c); bpf_check_attach_target()
//   refuses with "is not sleepable"
#include "common.h"

SEC("lsm.s/file_permission")
int BPF_PROG(lsm_s_not_allowlisted, struct file *file, int mask)
{
	return mask & 2 ? 0 : 0;
}
