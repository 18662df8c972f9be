// expect: cb_user_ringbuf_drain_copy: safe
//   A syscall program drains a user ring buffer; each sample names a user address that the
//   callback copies from, in the sleepable caller's context.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_USER_RINGBUF);
	__uint(max_entries, 4096);
} requests SEC(".maps");

static long serve(struct bpf_dynptr *sample, u64 *sum)
{
	u64 uptr = 0, w = 0;

	if (bpf_dynptr_read(&uptr, sizeof(uptr), sample, 0, 0))
		return 1;
	bpf_copy_from_user(&w, sizeof(w), (void *)uptr);
	*sum += w;
	return 0;
}

SEC("syscall")
int cb_user_ringbuf_drain_copy(void *ctx)
{
	u64 sum = 0;

	bpf_user_ringbuf_drain(&requests, serve, &sum, 0);
	return sum & 0xff;
}
