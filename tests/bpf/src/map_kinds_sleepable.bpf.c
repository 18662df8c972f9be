// expect: map_kinds_sleepable: safe
//   A sleepable uprobe using every common map kind sleepable programs may use (hash, LRU hash,
//   per-CPU hash, per-CPU array, ring buffer) around one copy outside any region.
// kernel: loads
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, u32);
	__type(value, u64);
} h SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 64);
	__type(key, u32);
	__type(value, u64);
} lru SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__uint(max_entries, 64);
	__type(key, u32);
	__type(value, u64);
} pch SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, u64);
} pca SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} rb SEC(".maps");

SEC("uprobe.s")
int map_kinds_sleepable(struct pt_regs *ctx)
{
	u32 pid = bpf_get_current_pid_tgid() >> 32, zero = 0;
	u64 w = 0, *p, *e;

	bpf_copy_from_user(&w, sizeof(w), (void *)PT_REGS_PARM1(ctx));
	bpf_map_update_elem(&h, &pid, &w, BPF_ANY);
	bpf_map_update_elem(&lru, &pid, &w, BPF_ANY);
	p = bpf_map_lookup_elem(&pch, &pid);
	if (p)
		*p += w;
	p = bpf_map_lookup_elem(&pca, &zero);
	if (p)
		*p += 1;
	e = bpf_ringbuf_reserve(&rb, sizeof(*e), 0);
	if (e) {
		*e = w;
		bpf_ringbuf_submit(e, 0);
	}
	return 0;
}
