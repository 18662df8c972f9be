// expect: lsm_s_file_open_global_in_rcu: violation kernel-contract global-may-sleep
//   A sleepable LSM program calls, inside an RCU section, a global function that blocks only
//   when asked to (it is asked not to there).
// kernel: not loadable here (LSM programs get EPERM on this machine); verdict by reasoning:
//   the global function's may-sleep summary ignores its arguments
#include "common.h"

__noinline int read_user(u64 uptr, int do_copy)
{
	u64 w = 0;

	if (do_copy)
		bpf_copy_from_user(&w, sizeof(w), (void *)uptr);
	return w & 1;
}

SEC("lsm.s/file_open")
int BPF_PROG(lsm_s_file_open_global_in_rcu, struct file *file)
{
	int r;

	bpf_rcu_read_lock();
	r = read_user((u64)file->f_inode, 0);
	bpf_rcu_read_unlock();
	return r ? -1 : 0;
}
