// expect: path_helper_write_beside: safe
//   A flag kept on the stack (volatile) decides both the RCU section and the unlock; between them
//   bpf_probe_read_user fills the 4-byte buffer beside it and bpf_map_lookup_elem reads its key on
//   the stack. Neither touches the flag, so the copy always runs after the section is closed.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 8);
	__type(key, u32);
	__type(value, u64);
} seen SEC(".maps");

SEC("uprobe.s")
int path_helper_write_beside(struct pt_regs *ctx)
{
	volatile u64 flag = PT_REGS_PARM3(ctx) & 1;
	char small[4];
	u32 key = 0;
	char buf[8];
	u64 *v;

	if (flag)
		bpf_rcu_read_lock();
	bpf_probe_read_user(small, sizeof(small), (void *)PT_REGS_PARM1(ctx));
	v = bpf_map_lookup_elem(&seen, &key);
	if (flag)
		bpf_rcu_read_unlock();
	bpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	return v && small[0];
}
