// expect: cb_loop_res_lock_copy_second_run: violation no-sleep-in-atomic
//   A bpf_loop callback takes a bpf_res_spin_lock on each run and gives up where taking it fails;
//   on its second run it copies a user value while holding the lock.
// kernel: refuses: "function calls are not allowed while holding a lock"
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct res_locked_val);
} rlocked SEC(".maps");

struct scan {
	u64 uptr;
	u64 word;
};

static long take_and_copy(u64 i, struct scan *s)
{
	u32 k = 0;
	struct res_locked_val *v = bpf_map_lookup_elem(&rlocked, &k);

	if (!v)
		return 1;
	if (bpf_res_spin_lock(&v->lock))
		return 1;
	if (i == 1)
		bpf_copy_from_user(&s->word, sizeof(s->word), (void *)s->uptr);
	bpf_res_spin_unlock(&v->lock);
	return 0;
}

struct args {
	u64 uptr;
};

SEC("syscall")
int cb_loop_res_lock_copy_second_run(struct args *ctx)
{
	struct scan s = { .uptr = ctx->uptr };

	bpf_loop(3, take_and_copy, &s, 0);
	return s.word & 1;
}
