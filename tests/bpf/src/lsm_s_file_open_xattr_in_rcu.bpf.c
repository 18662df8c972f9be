// expect: lsm_s_file_open_xattr_in_rcu: violation no-sleep-in-atomic
//   As lsm_s_file_open_xattr, but the xattr read is inside an RCU section.
// kernel: not loadable here (LSM programs get EPERM on this machine); verdict by reasoning:
//   a KF_SLEEPABLE kfunc in an rcu_read_lock region is refused in any program
#include "common.h"

SEC("lsm.s/file_open")
int BPF_PROG(lsm_s_file_open_xattr_in_rcu, struct file *file)
{
	struct bpf_dynptr dp;
	char value[16];
	int r;

	bpf_dynptr_from_mem(value, sizeof(value), 0, &dp);
	bpf_rcu_read_lock();
	r = bpf_get_file_xattr(file, "user.sleepcheck", &dp);
	bpf_rcu_read_unlock();
	return r < 0 ? 0 : -1;
}
