"""Calls that change the bytes a program reads through its context pointer, beside the bytes they are said to write
through a pointer argument (the kernel model's `writes`).

A packet program's context is a view of the kernel's skb or xdp_buff, converted field by field at load time
(net/core/filter.c, bpf_convert_ctx_access() and xdp_convert_ctx_access()): `skb->len`, `skb->hash`, `data` and
`data_end` read the skb as it is when the load runs. The helpers below change those fields as they run:
- the calls net/core/filter.c bpf_helper_changes_pkt_data() names, which the verifier takes as changing packet
  data: bpf_skb_store_bytes, bpf_skb_change_proto,
  bpf_skb_change_type, bpf_skb_vlan_push, bpf_skb_vlan_pop, bpf_skb_change_tail, bpf_skb_change_head,
  bpf_skb_adjust_room, bpf_skb_pull_data, bpf_l3_csum_replace, bpf_l4_csum_replace, bpf_clone_redirect,
  bpf_xdp_adjust_head, bpf_xdp_adjust_tail, bpf_xdp_adjust_meta, bpf_msg_pull_data, bpf_msg_push_data,
  bpf_msg_pop_data, bpf_lwt_push_encap, bpf_lwt_seg6_store_bytes, bpf_lwt_seg6_adjust_srh, bpf_lwt_seg6_action and
  the kfunc bpf_xdp_pull_data;
- field setters: bpf_set_hash and bpf_set_hash_invalid (skb->hash), bpf_get_hash_recalc (recomputes skb->hash),
  bpf_skb_set_tstamp (skb->tstamp, tstamp_type), bpf_skb_ecn_set_ce (the IP header), bpf_csum_level;
- bpf_override_return (the probed function's return register in pt_regs, kernel/trace/bpf_trace.c) and
  bpf_set_retval (the cgroup hook's return value, kernel/bpf/cgroup.c).
A judge set found the first two kinds read as unchanged (j7c: `skb->len` after bpf_skb_change_tail, `skb->hash` after
bpf_set_hash), each against the live verifier. Both engines take every context byte as unknown after such a call,
except where the program stores it again.
"""

from __future__ import annotations

CHANGES_CONTEXT = frozenset({
    "bpf_skb_store_bytes", "bpf_skb_change_proto", "bpf_skb_change_type", "bpf_skb_vlan_push", "bpf_skb_vlan_pop",
    "bpf_skb_change_tail", "bpf_skb_change_head", "bpf_skb_adjust_room", "bpf_skb_pull_data", "bpf_l3_csum_replace",
    "bpf_l4_csum_replace", "bpf_clone_redirect", "bpf_xdp_adjust_head", "bpf_xdp_adjust_tail", "bpf_xdp_adjust_meta",
    "bpf_msg_pull_data", "bpf_msg_push_data", "bpf_msg_pop_data", "bpf_lwt_push_encap", "bpf_lwt_seg6_store_bytes",
    "bpf_lwt_seg6_adjust_srh", "bpf_lwt_seg6_action", "bpf_xdp_pull_data",
    "bpf_set_hash", "bpf_set_hash_invalid", "bpf_get_hash_recalc", "bpf_skb_set_tstamp", "bpf_skb_ecn_set_ce",
    "bpf_csum_level", "bpf_override_return", "bpf_set_retval",
})
