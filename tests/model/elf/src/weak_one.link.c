/* Linked with weak_two.link.c into weak_linked.bpf.o: both define the __weak program weak_probe, so the linker keeps
 * one symbol for it and both bodies in its section, as a multi-file project's shared header does; and both have a
 * static function pick, two symbols of one name in .text; and this unit's static shared meets the other's global
 * shared. */
#include "../../../bpf/vmlinux.h"
#include <bpf/bpf_helpers.h>

__weak SEC("kprobe/do_nanosleep") int weak_probe(void *ctx)
{
	return 1;
}

static __noinline int pick(void)
{
	return bpf_get_smp_processor_id() == 0;
}

static __noinline int shared(void)
{
	return bpf_ktime_get_ns() & 1;
}

SEC("kprobe/do_nanosleep") int probe_one(void *ctx)
{
	return pick() + shared();
}

char LICENSE[] SEC("license") = "GPL";
