// expect: fexit_s_denylisted_copy: violation admissible
//   fexit.s on __filemap_add_folio (denylisted for sleepable attach) with a blocking copy in
//   the body: inadmissible before anything else.
// kernel: not loadable here (fexit programs get EPERM on this machine); verdict by reasoning:
//   btf_non_sleepable_error_inject lists __filemap_add_folio
#include "common.h"

SEC("fexit.s/__filemap_add_folio")
int BPF_PROG(fexit_s_denylisted_copy, struct address_space *mapping, struct folio *folio,
	     unsigned long index, gfp_t gfp, void **shadowp, int ret)
{
	u64 w = 0;

	bpf_copy_from_user(&w, sizeof(w), (void *)index);
	return 0;
}
