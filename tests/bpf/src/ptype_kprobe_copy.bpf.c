// expect: ptype_kprobe_copy: violation no-sleep-in-atomic
//   A kprobe program is never sleepable; bpf_copy_from_user may fault a page in and sleep.
// kernel: refuses: "helper call might sleep in a non-sleepable prog"
#include "common.h"

SEC("kprobe/do_sys_openat2")
int BPF_KPROBE(ptype_kprobe_copy, int dfd, const char *filename)
{
	char buf[16];

	bpf_copy_from_user(buf, sizeof(buf), filename);
	return buf[0];
}
