// expect: region_rcu_flag_slot_reused_by_iterator: violation regions-balanced
//   A flag kept in a stack word decides both bpf_rcu_read_lock and the unlock, but between them
//   the same word holds a numbers iterator: bpf_iter_num_new writes its state there and
//   bpf_iter_num_destroy zeroes it, so the flag read back is always 0, and with the flag 1 the
//   unlock has no lock to release.
// kernel: refuses: "BPF_EXIT instruction in main prog cannot be used inside bpf_rcu_read_lock-ed region"
//   (it reads the destroyed iterator's bytes as unknown)
#include "common.h"

extern int bpf_iter_num_new(struct bpf_iter_num *it, int start, int end) __ksym;
extern void bpf_iter_num_destroy(struct bpf_iter_num *it) __ksym;

SEC("uprobe.s//bin/bash:readline")
int region_rcu_flag_slot_reused_by_iterator(struct pt_regs *ctx)
{
	u64 word[1];
	volatile u64 *flag = word;

	*flag = PT_REGS_PARM1(ctx) & 1;
	if (*flag == 0)
		bpf_rcu_read_lock();
	bpf_iter_num_new((struct bpf_iter_num *)word, 5, 7);
	bpf_iter_num_destroy((struct bpf_iter_num *)word);
	if (*flag == 0)
		bpf_rcu_read_unlock();
	return 0;
}
