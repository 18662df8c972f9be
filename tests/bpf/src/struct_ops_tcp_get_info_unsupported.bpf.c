// expect: struct_ops_tcp_get_info_unsupported: violation admissible
//   A congestion control fills get_info, a member whose cfi stub the kernel leaves NULL: the verifier
//   refuses a program for it whatever it does and whether or not it is sleepable. (Registering the
//   map would also need ssthresh, undo_cwnd and cong_avoid; the load of the program does not.)
// kernel: refuses: attach to unsupported member get_info of struct tcp_congestion_ops
#include "common.h"

SEC("struct_ops/gi_get_info")
size_t BPF_PROG(struct_ops_tcp_get_info_unsupported, struct sock *sk, u32 ext, int *attr, void *info)
{
	return 0;
}

SEC(".struct_ops")
struct tcp_congestion_ops gi_tcp = {
	.get_info = (void *)struct_ops_tcp_get_info_unsupported,
	.name = "gi_tcp",
};
