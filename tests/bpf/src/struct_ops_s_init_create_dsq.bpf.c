// expect: struct_ops_s_init_create_dsq: safe
//   A sched_ext scheduler's init callback, loaded sleepable, creates its dispatch queue with the
//   sleepable kfunc scx_bpf_create_dsq.
// kernel: not loadable here (no sched_ext in this kernel); verdict by reasoning:
//   bpf_scx_check_member() lets init be sleepable; scx_bpf_create_dsq is KF_SLEEPABLE
#include "sched_ext.h"

SEC("struct_ops.s/init")
s32 BPF_PROG(struct_ops_s_init_create_dsq)
{
	return scx_bpf_create_dsq(1, -1);
}

SEC(".struct_ops.link")
struct sched_ext_ops sc_init_ops = {
	.init = (void *)struct_ops_s_init_create_dsq,
	.name = "sc_init",
};
