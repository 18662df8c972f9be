/* struct_ops maps as the loader reads them: one in .struct_ops and one in .struct_ops.link of the same struct, a
 * program reused by both as the same member, a program whose section name differs from the member it fills, two
 * programs in one section (the second one not at the section's start), a program no map names, and a map of a
 * flavour of the struct (`demo_ops___v2`, whose suffix libbpf drops). The struct is
 * our own: the loader reads the object's BTF, not the kernel's. Built by build.sh beside it; not loaded. */
#include "../../../bpf/vmlinux.h"
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct demo_ops {
	int flags;
	int (*first)(unsigned long long *ctx);
	int (*second)(unsigned long long *ctx);
	int (*third)(unsigned long long *ctx);
	int (*fourth)(unsigned long long *ctx);
	char name[16];
};

SEC("struct_ops/first")
int prog_one(unsigned long long *ctx) { return 1; }

SEC("struct_ops.s/not_second")
int prog_two(unsigned long long *ctx) { return 2; }

SEC("struct_ops")
int prog_three(unsigned long long *ctx) { return 3; }

SEC("struct_ops")
int prog_four(unsigned long long *ctx) { return ctx[0] ? 4 : 44; }

SEC("struct_ops")
int prog_five(unsigned long long *ctx) { return 5; }

SEC("struct_ops.s/orphan")
int prog_orphan(unsigned long long *ctx) { return 5; }

SEC(".struct_ops")
struct demo_ops ops_plain = {
	.flags = 1,
	.first = (void *)prog_one,
	.second = (void *)prog_two,
	.name = "plain",
};

SEC(".struct_ops.link")
struct demo_ops ops_link = {
	.first = (void *)prog_one,
	.third = (void *)prog_three,
	.fourth = (void *)prog_four,
	.name = "link",
};

struct demo_ops___v2 {
	int flags;
	int (*first)(unsigned long long *ctx);
	char name[16];
};

SEC(".struct_ops.link")
struct demo_ops___v2 ops_flavoured = {
	.first = (void *)prog_five,
	.name = "flavoured",
};
