// expect: ptype_fsession_s_newer_than_kernel: violation admissible
//   libbpf's fsession.s section asks for attach type trace_fsession, which Linux 6.18 does not have. The
//   verifier checks the sleepable flag against the attach types it knows before anything else, so the load is
//   refused with the sleepable-flag message, whatever the body does.
// kernel: refuses: Only fentry/fexit/fmod_ret, lsm, iter, uprobe, and struct_ops programs can be sleepable
#include "common.h"

SEC("fsession.s/do_unlinkat")
int ptype_fsession_s_newer_than_kernel(void *ctx)
{
	return 0;
}
