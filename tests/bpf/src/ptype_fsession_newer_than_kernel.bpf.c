// expect: ptype_fsession_newer_than_kernel: violation admissible
//   Not sleepable, and no call at all: still refused, since Linux 6.18 has no attach type trace_fsession
//   (bpf_prog_load: -EINVAL with an empty log). Not a sleep rule, but no answer about the code would be true of a
//   program that cannot load.
// kernel: refuses: Invalid argument
#include "common.h"

SEC("fsession/do_unlinkat")
int ptype_fsession_newer_than_kernel(void *ctx)
{
	return 0;
}
