// expect: blk_sys_bpf_log_size_written_back: violation no-sleep-in-atomic
//   A syscall program loads a two-instruction socket filter with bpf_sys_bpf and a log buffer, then
//   copies the log from user memory inside an RCU section when the kernel reported a log length.
//   bpf_sys_bpf writes the length back into the attr it was given (kernel/bpf/verifier.c bpf_check():
//   copy_to_bpfptr_offset() of log_true_size), so the field zeroed before the call is not 0 after it.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

struct load_args {
	u64 log_buf;
};

SEC("syscall")
int blk_sys_bpf_log_size_written_back(struct load_args *args)
{
	struct bpf_insn insns[2] = { { .code = 0xb7 }, { .code = 0x95 } };
	char license[4] = "GPL";
	union bpf_attr attr = {};
	u32 seed = bpf_get_prandom_u32();
	volatile u32 again = seed;
	char head[8];

	attr.prog_type = BPF_PROG_TYPE_SOCKET_FILTER;
	attr.insns = (unsigned long)insns;
	attr.insn_cnt = 2;
	attr.license = (unsigned long)license;
	attr.log_level = 1;
	attr.log_size = 4096;
	attr.log_buf = args->log_buf;
	attr.log_true_size = seed - again;  /* 0, though the verifier cannot tell */
	bpf_sys_bpf(BPF_PROG_LOAD, &attr, sizeof(attr));
	if (attr.log_true_size) {
		bpf_rcu_read_lock();
		bpf_copy_from_user(head, sizeof(head), (void *)args->log_buf);
		bpf_rcu_read_unlock();
	}
	return 0;
}
