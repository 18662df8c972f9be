// expect: struct_ops_s_dummy_copy_not_offered: violation kernel-contract not-offered
//   bpf_dummy_ops.test_sleepable may be sleepable, but the struct offers its programs no helper at all:
//   bpf_copy_from_user, allowed to sleep there, is refused as not offered (probed: struct_ops:bpf_dummy_ops).
// kernel: refuses: program of this type cannot use helper bpf_copy_from_user#148
#include "common.h"

SEC("struct_ops.s/dummy_sleepable")
int BPF_PROG(struct_ops_s_dummy_copy_not_offered, struct bpf_dummy_ops_state *state)
{
	char byte = 0;

	bpf_copy_from_user(&byte, 1, (void *)0x1000);
	return byte;
}

SEC(".struct_ops")
struct bpf_dummy_ops dummy = {
	.test_sleepable = (void *)struct_ops_s_dummy_copy_not_offered,
};
