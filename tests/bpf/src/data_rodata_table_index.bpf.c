// expect: data_rodata_table_index: safe
//   A .rodata table read three times at an index from the context: the object fixes its values, so
//   every read gives the same one, and the copy runs only where the section is not open.
// kernel: refuses (lost precision: a read-only map read at a variable offset is any number to the verifier): "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
#include "common.h"

struct args {
	u64 a;
	u64 uptr;
};

const volatile u32 enabled[4] = {0, 1, 0, 1};

SEC("syscall")
int data_rodata_table_index(struct args *ctx)
{
	u32 i = ctx->a & 3;
	u64 w = 0;

	if (enabled[i])
		bpf_rcu_read_lock();
	if (!enabled[i])
		bpf_copy_from_user(&w, sizeof(w), (void *)ctx->uptr);
	if (enabled[i])
		bpf_rcu_read_unlock();
	return w & 1;
}
