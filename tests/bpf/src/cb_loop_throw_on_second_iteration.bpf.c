// expect: cb_loop_throw_on_second_iteration: violation regions-balanced
//   A bpf_loop callback throws on every iteration but the first, and the caller holds an RCU
//   read-side section across the loop: the throw ends the program with the section open.
// kernel: refuses: "bpf_throw cannot be used inside bpf_rcu_read_lock-ed region"
#include "common.h"

extern void bpf_throw(u64 cookie) __ksym;

static long check_step(u64 step, void *data)
{
	if (step)
		bpf_throw(0);
	return 0;
}

SEC("tc")
int cb_loop_throw_on_second_iteration(struct __sk_buff *skb)
{
	bpf_rcu_read_lock();
	bpf_loop(2, check_step, NULL, 0);
	bpf_rcu_read_unlock();
	return 0;
}
