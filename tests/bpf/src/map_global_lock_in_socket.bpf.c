// expect: map_global_lock_in_socket: violation admissible
//   A socket filter that takes a global bpf_res_spin_lock: .bss becomes a map whose value holds a
//   lock, which the kernel refuses to socket filters before it looks at the code.
// kernel: refuses: "socket filter progs cannot use bpf_spin_lock yet"
#include "common.h"

struct bpf_res_spin_lock guard;
u64 seen;

SEC("socket")
int map_global_lock_in_socket(struct __sk_buff *skb)
{
	if (bpf_res_spin_lock(&guard))
		return 0;
	seen++;
	bpf_res_spin_unlock(&guard);
	return 0;
}
