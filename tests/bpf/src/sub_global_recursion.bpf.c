// expect: sub_global_recursion: violation admissible
//   A global function calls itself, three deep at run time. The verifier checks a global function's
//   body alone, from its own first frame, but its walk of the calls by their code
//   (check_max_stack_depth) counts through global functions too, and refuses any recursion.
// kernel: refuses: "the call stack of 8 frames is too deep !"
#include "common.h"

__noinline int count_down(int n)
{
	int below;

	opaque(n); /* clang must keep the recursion: no closed form, no loop */
	if (n <= 0)
		return 0;
	below = count_down(n - 1);
	return below + (bpf_get_prandom_u32() & 1);
}

SEC("syscall")
int sub_global_recursion(void *ctx)
{
	return count_down(3);
}
