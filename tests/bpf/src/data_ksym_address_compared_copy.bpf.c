// expect: data_ksym_address_compared_copy: violation no-sleep-in-atomic
//   A kprobe reads a file's llseek operation with BPF_CORE_READ and copies from user memory when it
//   is generic_file_llseek, a kernel symbol's address: the way tools tell kinds of files apart
//   (`f_op == &bpf_prog_fops`). The witness's bytes must equal the symbol's address in the replay
//   as they do for the solver.
// kernel: refuses: "helper call might sleep in a non-sleepable prog"
#include "common.h"

extern const void generic_file_llseek __ksym;

SEC("kprobe/fput")
int data_ksym_address_compared_copy(struct pt_regs *ctx)
{
	struct file *file = (struct file *)PT_REGS_PARM1(ctx);
	u64 w = 0;

	if ((void *)BPF_CORE_READ(file, f_op, llseek) == &generic_file_llseek)
		bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM2(ctx));
	return w & 1;
}
