/* A struct_ops program filling two different members: libbpf refuses it (bpf_map__init_kern_struct_ops), so the
 * loader must too. Built by build.sh beside it; not loaded. */
#include "../../../bpf/vmlinux.h"
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct demo_ops {
	int (*first)(unsigned long long *ctx);
	int (*second)(unsigned long long *ctx);
};

SEC("struct_ops/first")
int prog_both(unsigned long long *ctx) { return 1; }

SEC(".struct_ops")
struct demo_ops ops_reuse = {
	.first = (void *)prog_both,
	.second = (void *)prog_both,
};
