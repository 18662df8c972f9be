// expect: cb_loop_returns_holding_lock: violation kernel-contract
//   A bpf_loop callback looks up a counter, takes its spin lock and stops the loop, handing the
//   locked counter to its caller, which unlocks it after the loop: every run releases what it
//   took, but the verifier checks the bpf_loop call again in the state the callback returns in,
//   with the lock held, and refuses a call under a spin lock.
// kernel: refuses: "function calls are not allowed while holding a lock"
#include "common.h"

struct locked_count {
	struct bpf_spin_lock lock;
	u64 n;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, u32);
	__type(value, struct locked_count);
} locked_counts SEC(".maps");

struct handoff {
	struct locked_count *held;
};

static int lock_first(u64 i, struct handoff *h)
{
	u32 key = i & 3;
	struct locked_count *c = bpf_map_lookup_elem(&locked_counts, &key);

	if (!c)
		return 0;
	bpf_spin_lock(&c->lock);
	c->n++;
	h->held = c;
	return 1;
}

SEC("tc")
int cb_loop_returns_holding_lock(struct __sk_buff *skb)
{
	struct handoff h = {};

	bpf_loop(4, lock_first, &h, 0);
	if (h.held)
		bpf_spin_unlock(&h.held->lock);
	return 0;
}
