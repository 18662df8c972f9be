/* One object with most of what the loader reads: two programs in one section, static, global and hidden
 * subprograms, callbacks (bpf_loop, bpf_timer), global data, .kconfig, a weak kfunc, a __ksym variable, map-in-map,
 * a spin-locked value, a CO-RE read and, last, __ulong and a filled program array. Built by build.sh; not loaded. */
#include "../../../bpf/vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

char LICENSE[] SEC("license") = "GPL";

struct inner {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, u32);
	__type(value, u64);
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
	__uint(max_entries, 2);
	__type(key, u32);
	__array(values, struct inner);
} outer SEC(".maps");

struct timed {
	struct bpf_timer timer;
	struct bpf_spin_lock lock;
	u64 count;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, u32);
	__type(value, struct timed);
} timers SEC(".maps");

const volatile u32 threshold = 7;
u64 counter = 1;
u64 zeroed;
extern unsigned int LINUX_KERNEL_VERSION __kconfig;
extern bool CONFIG_PREEMPT __kconfig __weak;
extern const int bpf_prog_active __ksym;
extern struct task_struct *bpf_task_from_pid(s32 pid) __ksym __weak;
extern void bpf_task_release(struct task_struct *p) __ksym;

static __noinline u64 twice(u64 x)
{
	return x * 2 + threshold;
}

__noinline int global_sub(u64 x)
{
	return x > counter;
}

__attribute__((visibility("hidden"))) __noinline int hidden_sub(u64 x)
{
	return x < zeroed;
}

static int loop_cb(u64 index, void *ctx)
{
	zeroed += twice(index);
	return 0;
}

static int timer_cb(void *map, u32 *key, struct timed *val)
{
	return 0;
}

SEC("tp_btf/sched_switch")
int BPF_PROG(first, bool preempt, struct task_struct *prev)
{
	u32 key = 0;
	struct timed *t;

	bpf_loop(4, loop_cb, NULL, 0);
	t = bpf_map_lookup_elem(&timers, &key);
	if (t) {
		bpf_timer_set_callback(&t->timer, timer_cb);
		bpf_spin_lock(&t->lock);
		t->count++;
		bpf_spin_unlock(&t->lock);
	}
	if (CONFIG_PREEMPT && LINUX_KERNEL_VERSION > 0)
		counter += BPF_CORE_READ(prev, pid);
	return global_sub(twice(counter)) + hidden_sub(bpf_prog_active);
}

SEC("tp_btf/sched_switch")
int BPF_PROG(second, bool preempt, struct task_struct *prev)
{
	struct task_struct *task;

	if (bpf_task_from_pid) { /* what bpf_ksym_exists() expands to */
		task = bpf_task_from_pid(1);
		if (task)
			bpf_task_release(task);
	}
	return bpf_map_lookup_elem(&outer, &(u32){0}) != NULL;
}

#ifndef __ulong  /* libbpf 1.4's, for 64-bit attributes */
#define __ulong(name, val) enum { ___bpf_concat(__unique_value, __COUNTER__) = val } name
#endif

struct {
	__uint(type, BPF_MAP_TYPE_BLOOM_FILTER);
	__uint(max_entries, 64);
	__type(value, u64);
	__ulong(map_extra, 3);
} seen SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 2);
	__type(key, u32);
	__array(values, int(void *));
} jumps SEC(".maps") = {
	.values = { [1] = (void *)&second },
};
