// expect: lsm_s_hash_no_prealloc: safe
//   A sleepable LSM program counts execs in a hash map created with BPF_F_NO_PREALLOC. Since 6.1
//   a sleepable program may use such a map; 5.10 refused it ("Sleepable programs can only use
//   preallocated hash maps"), which tests/proofs/test_kernel_versions.py checks.
// kernel: not loadable here (LSM programs get EPERM on this machine); verdict by reasoning:
//   bprm_committed_creds is on bpf_lsm_sleepable_hooks, and check_map_prog_compatibility() of
//   6.18 has no preallocation rule for sleepable programs (removed in 6.1)
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__uint(max_entries, 64);
	__type(key, u32);
	__type(value, u64);
} execs SEC(".maps");

SEC("lsm.s/bprm_committed_creds")
int BPF_PROG(lsm_s_hash_no_prealloc, struct linux_binprm *bprm)
{
	u32 pid = bpf_get_current_pid_tgid() >> 32;
	u64 one = 1, *count = bpf_map_lookup_elem(&execs, &pid);

	if (count)
		__sync_fetch_and_add(count, 1);
	else
		bpf_map_update_elem(&execs, &pid, &one, BPF_ANY);
	return 0;
}
