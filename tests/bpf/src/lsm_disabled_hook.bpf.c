// expect: lsm_disabled_hook: violation admissible
//   A plain (not sleepable) LSM program on file_alloc_security, one of the hooks BPF may not
//   attach to: refused at load whatever the body does.
// kernel: not loadable here (LSM programs get EPERM on this machine); verdict by reasoning:
//   file_alloc_security is in bpf_lsm_disabled_hooks (kernel/bpf/bpf_lsm.c), and
//   bpf_lsm_verify_prog() refuses with "attach_btf_id %u points to disabled hook %s"
#include "common.h"

SEC("lsm/file_alloc_security")
int BPF_PROG(lsm_disabled_hook, struct file *file)
{
	return 0;
}
