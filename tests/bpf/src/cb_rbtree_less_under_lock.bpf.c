// expect: cb_rbtree_less_under_lock: safe
//   A tc program allocates a node and adds it to a red-black tree in global data under the tree's
//   spin lock; bpf_rbtree_add calls the comparison callback while the caller holds the lock, a
//   call the kernel allows, and the lock is released after the add.
// kernel: loads
#include "common.h"

extern void *bpf_obj_new_impl(__u64 local_type_id, void *meta) __ksym;
extern int bpf_rbtree_add_impl(struct bpf_rb_root *root, struct bpf_rb_node *node,
			       bool (*less)(struct bpf_rb_node *a, const struct bpf_rb_node *b),
			       void *meta, __u64 off) __ksym;

#define tree_holds(type, member) __attribute__((btf_decl_tag("contains:" #type ":" #member)))

struct flow_node {
	u64 bytes;
	struct bpf_rb_node link;
};

struct bpf_spin_lock tree_lock SEC(".data.tree") __attribute__((aligned(8)));
struct bpf_rb_root tree SEC(".data.tree") __attribute__((aligned(8))) tree_holds(flow_node, link);

static bool fewer_bytes(struct bpf_rb_node *a, const struct bpf_rb_node *b)
{
	struct flow_node *x = (void *)a - __builtin_offsetof(struct flow_node, link);
	struct flow_node *y = (void *)b - __builtin_offsetof(struct flow_node, link);

	return x->bytes < y->bytes;
}

SEC("tc")
int cb_rbtree_less_under_lock(struct __sk_buff *skb)
{
	struct flow_node *n = bpf_obj_new_impl(bpf_core_type_id_local(struct flow_node), NULL);

	if (!n)
		return 0;
	n->bytes = skb->len;
	bpf_spin_lock(&tree_lock);
	bpf_rbtree_add_impl(&tree, &n->link, fewer_bytes, NULL, 0);
	bpf_spin_unlock(&tree_lock);
	return 0;
}
