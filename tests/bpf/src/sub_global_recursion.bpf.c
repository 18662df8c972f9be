// expect: sub_global_recursion: safe
//   A global function calls itself three deep. The verifier checks a global function alone, from
//   its own first frame, and does not count its calls into its callers' depth: unlike a static
//   function's recursion, this loads.
// kernel: loads
#include "common.h"

__noinline int count_down(int n)
{
	if (n <= 0)
		return 0;
	return count_down(n - 1) + 1;
}

SEC("syscall")
int sub_global_recursion(void *ctx)
{
	return count_down(3);
}
