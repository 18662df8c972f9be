// expect: region_rcu_copy_in_kprobe_named_program: violation no-sleep-in-atomic
//   A kprobe opens an RCU section and copies from user memory in it. The verifier names the
//   program's own context before any region: a kprobe may not sleep at all.
// kernel: refuses: "helper call might sleep in a non-sleepable prog"
#include "common.h"

SEC("kprobe/do_nanosleep")
int region_rcu_copy_in_kprobe_named_program(struct pt_regs *ctx)
{
	u64 w = 0;

	bpf_rcu_read_lock();
	bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM1(ctx));
	bpf_rcu_read_unlock();
	return w & 1;
}
