// expect: path_map_byte_witness_width: violation no-sleep-in-atomic
//   A sleepable uprobe copies from user memory inside an RCU section when a one-byte flag of an
//   array's value is 0xff. The witness gives the flag the value as the byte holds it (255 where every
//   input is all ones), not a 64-bit number.
// kernel: refuses: "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

struct flagged {
	u8 flag;
	u8 pad[7];
	u64 uptr;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct flagged);
} flags SEC(".maps");

SEC("uprobe.s")
int path_map_byte_witness_width(struct pt_regs *ctx)
{
	u32 zero = 0;
	struct flagged *f = bpf_map_lookup_elem(&flags, &zero);
	u64 word = 0;

	if (!f)
		return 0;
	bpf_rcu_read_lock();
	if (f->flag == 0xff)
		bpf_copy_from_user(&word, sizeof(word), (void *)f->uptr);
	bpf_rcu_read_unlock();
	return word != 0;
}
