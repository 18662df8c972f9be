// expect: fentry_never_traced: violation admissible
//   A non-sleepable fentry program on migrate_disable, which the verifier never lets any tracing
//   program attach to (btf_id_deny: tracing it would recurse into the trampoline), whatever the
//   program does and whether or not it is sleepable.
// kernel: not loadable here (fentry programs get EPERM on this machine); verdict by reasoning:
//   kernel/bpf/verifier.c check_attach_btf_id(): "Attaching tracing programs to function 'migrate_disable' is
//   rejected."
#include "common.h"

SEC("fentry/migrate_disable")
int BPF_PROG(fentry_never_traced)
{
	return 0;
}
