// expect: live_data_spin_lock: safe
//   A bpf_spin_lock in a global-data section of its own (.data.A, libbpf's private(A)): the
//   lock is taken and dropped around a store, and the copy runs after the unlock. The kernel
//   takes a spin lock in global data only where the map carries its DATASEC as BTF value type.
// kernel: loads
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
int live_data_spin_lock(struct args *ctx)
{
	u64 word = 0;

	bpf_spin_lock(&data_a.lock);
	data_a.x++;
	bpf_spin_unlock(&data_a.lock);
	bpf_copy_from_user(&word, sizeof(word), (void *)ctx->uptr);
	return word & 0xff;
}
