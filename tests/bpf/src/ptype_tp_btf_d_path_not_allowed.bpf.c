// expect: ptype_tp_btf_d_path_not_allowed: violation kernel-contract not-offered
//   A BTF tracepoint program resolves the path of the binary a task execs. bpf_d_path does not sleep, but its
//   proto's .allowed callback admits only iterators, sleepable LSM hooks and allow-listed fentry targets, so the
//   verifier refuses the call in tp_btf with its own words, not the usual "cannot use helper".
// kernel: refuses: helper call is not allowed in probe
#include "common.h"

SEC("tp_btf/sched_process_exec")
int BPF_PROG(ptype_tp_btf_d_path_not_allowed, struct task_struct *p, pid_t old_pid, struct linux_binprm *bprm)
{
	char name[64];

	if (bpf_d_path((struct path *)&bprm->file->f_path, name, sizeof(name)) < 0)
		return 0;
	return name[0] == '/';
}
