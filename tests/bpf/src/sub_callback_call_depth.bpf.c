// expect: sub_callback_call_depth: violation admissible
//   The verifier's walk of the calls by their code counts a bpf_loop callback as a frame, whether
//   or not the loop runs: the program, its callback and seven nested static functions make nine.
// kernel: refuses: "the call stack of 8 frames is too deep !"
#include "common.h"

static __noinline int level7(int x) { opaque(x); return x + 7; }
static __noinline int level6(int x) { opaque(x); return level7(x) + 6; }
static __noinline int level5(int x) { opaque(x); return level6(x) + 5; }
static __noinline int level4(int x) { opaque(x); return level5(x) + 4; }
static __noinline int level3(int x) { opaque(x); return level4(x) + 3; }
static __noinline int level2(int x) { opaque(x); return level3(x) + 2; }
static __noinline int level1(int x) { opaque(x); return level2(x) + 1; }

static long step(u64 index, void *ctx)
{
	level1((int)index);
	return 0;
}

SEC("syscall")
int sub_callback_call_depth(void *ctx)
{
	int go = 0;

	opaque(go);
	if (go == 5)
		bpf_loop(2, step, NULL, 0);
	return 0;
}
