// expect: live_data_spin_copy: violation no-sleep-in-atomic
//   bpf_copy_from_user while holding a bpf_spin_lock that lives in global data (.data.A); the
//   kernel refuses the call under the lock, not the lock (its map has BTF).
// kernel: refuses: "function calls are not allowed while holding a lock"
#include "common.h"

struct data_locked {
	struct bpf_spin_lock lock;
	u64 x;
};

__attribute__((section(".data.A"), aligned(8))) __hidden struct data_locked data_a;

struct args {
	u64 uptr;
};

SEC("syscall")
int live_data_spin_copy(struct args *ctx)
{
	u64 word = 0;

	bpf_spin_lock(&data_a.lock);
	bpf_copy_from_user(&word, sizeof(word), (void *)ctx->uptr);
	data_a.x = word;
	bpf_spin_unlock(&data_a.lock);
	return 0;
}
