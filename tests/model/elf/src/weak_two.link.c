/* The second half of weak_linked.bpf.o (see weak_one.link.c). */
#include "../../../bpf/vmlinux.h"
#include <bpf/bpf_helpers.h>

__weak SEC("kprobe/do_nanosleep") int weak_probe(void *ctx)
{
	return 2;
}

static __noinline int pick(void)
{
	return bpf_get_prandom_u32() & 1;
}

__noinline int shared(void)
{
	return bpf_get_smp_processor_id();
}

SEC("kprobe/do_nanosleep") int probe_two(void *ctx)
{
	return pick() + shared();
}
