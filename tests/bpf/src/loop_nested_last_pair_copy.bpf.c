// expect: loop_nested_last_pair_copy: violation no-sleep-in-atomic
//   Two nested loops of 30 int counters, kept opaque to the compiler, copy from user memory in a
//   kprobe when both counters reach 29. Built for cpu v1, clang extends the outer counter by shifts
//   in a straight run that falls into the inner loop's head; a proof that cut the loops at that
//   fall once ran the run as its first instruction alone, kept the inner loop's view of the outer
//   counter at its first value for every visit, and called the copy unreachable.
// kernel: refuses: "helper call might sleep in a non-sleepable prog"
// cpu: v1
#include "common.h"

SEC("kprobe/do_nanosleep")
int loop_nested_last_pair_copy(struct pt_regs *ctx)
{
	char buf[8] = {};
	long from = PT_REGS_PARM2(ctx);

	for (int i = 0; i < 30; i++) {
		opaque(i);
		for (int j = 0; j < 30; j++) {
			opaque(j);
			if (i == 29 && j == 29)
				bpf_copy_from_user(buf, sizeof(buf), (void *)from);
		}
	}
	return buf[0];
}
