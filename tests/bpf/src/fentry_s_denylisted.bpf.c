// expect: fentry_s_denylisted: violation admissible
//   fentry.s on __filemap_add_folio, which is in btf_non_sleepable_error_inject: never sleepable.
// kernel: not loadable here (fentry programs get EPERM on this machine); verdict by reasoning:
//   kernel/bpf/verifier.c btf_non_sleepable_error_inject, bpf_check_attach_target()
#include "common.h"

SEC("fentry.s/__filemap_add_folio")
int BPF_PROG(fentry_s_denylisted, struct address_space *mapping, struct folio *folio)
{
	return 0;
}
