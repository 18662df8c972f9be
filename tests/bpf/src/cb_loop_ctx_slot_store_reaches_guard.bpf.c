// expect: cb_loop_ctx_slot_store_reaches_guard: violation no-sleep-in-atomic
//   cb_loop_ctx_slot_store_keeps_guard's twin whose array starts at the guard: the first run stores
//   1 into slot 0, the guard, and the second copies from user memory in a kprobe.
// kernel: refuses: "helper call might sleep in a non-sleepable prog"
#include "common.h"

struct guarded_slots {
	u64 slots[40];
	u64 seen;
};

static long fill_guard(u32 i, void *data)
{
	struct guarded_slots *w = data;
	u64 v = 0;

	if (i < 40)
		w->slots[i] = i + 1;
	w->seen++;
	if (w->slots[0] == 1 && i == 1)
		bpf_copy_from_user(&v, sizeof(v), (void *)w->seen);
	return v != 0;
}

SEC("kprobe/do_nanosleep")
int cb_loop_ctx_slot_store_reaches_guard(struct pt_regs *ctx)
{
	struct guarded_slots w;

	__builtin_memset(&w, 0, sizeof(w));
	bpf_loop(8, fill_guard, &w, 0);
	return w.seen & 1;
}
