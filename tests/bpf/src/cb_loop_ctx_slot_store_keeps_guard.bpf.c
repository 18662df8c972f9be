// expect: cb_loop_ctx_slot_store_keeps_guard: safe
//   A bpf_loop callback fills the slot of its iteration in a 40-slot array of the caller's stack
//   struct, beside a guard word the caller zeroed; the copy from user memory, which may not run in a
//   kprobe, waits for a guard of 1 that no store writes. The struct holds more bytes than a store at
//   a computed address can be spelled out over at once, so each byte is worked out when it is read.
// kernel: loads
#include "common.h"

struct slot_window {
	u64 guard;
	u64 seen;
	u64 slots[40];
};

static long fill_slot(u32 i, void *data)
{
	struct slot_window *w = data;
	u64 v = 0;

	if (i < 40)
		w->slots[i] = i + 1;
	w->seen++;
	if (w->guard == 1)
		bpf_copy_from_user(&v, sizeof(v), (void *)w->seen);
	return v != 0;
}

SEC("kprobe/do_nanosleep")
int cb_loop_ctx_slot_store_keeps_guard(struct pt_regs *ctx)
{
	struct slot_window w;

	__builtin_memset(&w, 0, sizeof(w));
	bpf_loop(8, fill_slot, &w, 0);
	return w.seen & 1;
}
