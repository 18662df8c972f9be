// expect: co_re_flexible_array_index: violation regions-balanced
//   cgroup's ancestors[] is a flexible array (the struct's last member, no elements in BTF), and
//   libbpf takes any index into one as existing: bpf_core_field_exists(ancestors[5]) is 1 and the
//   RCU section it guards is left open.
// kernel: refuses: "BPF_EXIT instruction in main prog cannot be used inside bpf_rcu_read_lock-ed region"
#include "common.h"

SEC("kprobe/do_nanosleep")
int co_re_flexible_array_index(struct pt_regs *ctx)
{
	struct cgroup *cgrp = (void *)PT_REGS_PARM1(ctx);

	if (bpf_core_field_exists(cgrp->ancestors[5]))
		bpf_rcu_read_lock();
	return 0;
}
