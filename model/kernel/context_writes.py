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
  bpf_set_retval (the cgroup hook's return value, kernel/bpf/cgroup.c);
- socket state a context reads through (net/core/filter.c): bpf_sock_ops_cb_flags_set
  (tcp_sk(sk)->bpf_sock_ops_cb_flags), bpf_setsockopt (TCP_BPF_IW sets snd_cwnd, among the tcp_sock fields a
  sock_ops context reads), bpf_reserve_hdr_opt and bpf_store_hdr_opt (remaining_opt_len), bpf_sk_assign
  (skb->sk in tc, the selected socket in sk_lookup), and the kfuncs bpf_sk_assign_tcp_reqsk (skb->sk) and
  bpf_sock_addr_set_sun_path (the sockaddr_un a sock_addr context reads);
- writes into an skb dynptr: bpf_dynptr_write, and the kfuncs bpf_dynptr_memset and bpf_dynptr_copy, store through
  __bpf_skb_store_bytes(), whose bpf_try_make_writable() may pull the packet and recompute data and data_end.
A judge set found the first two kinds read as unchanged (j7c: `skb->len` after bpf_skb_change_tail, `skb->hash` after
bpf_set_hash), and another the last two (j16d: seven programs), each against the live verifier. Both engines take
every context byte as unknown after such a call, except where the program stores it again.

Some stores to a packet program's context are not read back as stored, because the field behind them is narrower
than the u32 of `struct __sk_buff` (net/core/filter.c, bpf_convert_ctx_access(), 6.18): `tc_index` and `tc_classid`
store their low 16 bits, and `queue_mapping` too, unless the value is NO_QUEUE_MAPPING (0xffff) or more, when the
store does nothing (a register compared as an unsigned 64-bit value, an immediate as a signed 32-bit one); each reads
back zero-extended. The verifier lets a program store these fields only whole (4 bytes). A judge set found the
stored value read back in full (j7c: `skb->tc_index = 0x10000` then `if (skb->tc_index)`). Loads of such fields read
the kernel's narrower field the same way (`skb->protocol` is a u16, `pkt_type` 3 bits, `vlan_present` 0 or 1): a
judge set found them read as any u32 (j8c: false violations on `pkt_type > 7`, `protocol > 0xffff`). A load of part
of such a field is the kernel's load of the whole field where it is no narrower (a 2-byte load at `protocol + 2`
reads the protocol, not 0; j9e, checked with BPF_PROG_TEST_RUN).
"""

from __future__ import annotations

from dataclasses import dataclass

CHANGES_CONTEXT = frozenset({
    "bpf_skb_store_bytes", "bpf_skb_change_proto", "bpf_skb_change_type", "bpf_skb_vlan_push", "bpf_skb_vlan_pop",
    "bpf_skb_change_tail", "bpf_skb_change_head", "bpf_skb_adjust_room", "bpf_skb_pull_data", "bpf_l3_csum_replace",
    "bpf_l4_csum_replace", "bpf_clone_redirect", "bpf_xdp_adjust_head", "bpf_xdp_adjust_tail", "bpf_xdp_adjust_meta",
    "bpf_msg_pull_data", "bpf_msg_push_data", "bpf_msg_pop_data", "bpf_lwt_push_encap", "bpf_lwt_seg6_store_bytes",
    "bpf_lwt_seg6_adjust_srh", "bpf_lwt_seg6_action", "bpf_xdp_pull_data",
    "bpf_set_hash", "bpf_set_hash_invalid", "bpf_get_hash_recalc", "bpf_skb_set_tstamp", "bpf_skb_ecn_set_ce",
    "bpf_csum_level", "bpf_override_return", "bpf_set_retval",
    "bpf_sock_ops_cb_flags_set", "bpf_setsockopt", "bpf_reserve_hdr_opt", "bpf_store_hdr_opt", "bpf_sk_assign",
    "bpf_sk_assign_tcp_reqsk", "bpf_sock_addr_set_sun_path", "bpf_dynptr_write", "bpf_dynptr_memset",
    "bpf_dynptr_copy",
})


FIELD_SIZE = 4  # every narrow field is a u32 of struct __sk_buff, and a store to it must be whole


@dataclass(frozen=True)
class NarrowField:
    """A context field the kernel keeps in fewer bits than the u32 the program sees. A load reads its value masked
    to `mask`. The kernel's own load of it is `loaded` bytes wide: a program's load narrower than the field but at
    least that wide reads the whole value, wherever in the field it starts, unshifted and unmasked; a narrower one
    reads its bytes of the value (convert_ctx_accesses(): the shift and mask only where `size < target_size`). A
    whole store keeps its low `kept` bytes (the others read 0), or nothing where the value is `skip_from` or more;
    `kept` 0: the verifier refuses stores to it. A `volatile` field is one the kernel reads from a socket at
    every load and may not store (sock_ops `sk_txhash` of a request socket): each load reads a value of its own,
    and a store changes nothing known."""

    mask: int
    loaded: int
    kept: int = 0
    skip_from: int | None = None
    volatile: bool = False


NO_QUEUE_MAPPING = 0xFFFF
# struct __sk_buff offsets, from the 6.18 vmlinux BTF (stable uapi layout); how each reads and stores, from
# bpf_convert_ctx_access(): a u16 of the skb read with a 16-bit load, pkt_type a 3-bit field read with a byte load
# (`& PKT_TYPE_MAX`), vlan_present 0 or 1 (`vlan_all != 0`, a 32-bit load), remote_port the u16 skc_dport shifted
# into the high half (little-endian)
SKB_NARROW_FIELDS = {
    4: NarrowField(0x7, 1),  # pkt_type
    12: NarrowField(0xFFFF, 2, 2, NO_QUEUE_MAPPING),  # queue_mapping
    16: NarrowField(0xFFFF, 2),  # protocol
    20: NarrowField(0x1, 4),  # vlan_present
    24: NarrowField(0xFFFF, 2),  # vlan_tci
    28: NarrowField(0xFFFF, 2),  # vlan_proto
    44: NarrowField(0xFFFF, 2, 2),  # tc_index
    72: NarrowField(0xFFFF, 2, 2),  # tc_classid
    88: NarrowField(0xFFFF, 2),  # family (skc_family)
    132: NarrowField(0xFFFF_0000, 2),  # remote_port (skc_dport << 16)
    136: NarrowField(0xFFFF, 2),  # local_port (skc_num)
    164: NarrowField(0xFFFF, 2),  # gso_segs
    176: NarrowField(0xFFFF, 2),  # gso_size
}
# struct bpf_sock_addr: user_port stores and loads the u16 sin6_port (sock_addr_convert_ctx_access(), "Account for
# sin6_port being smaller than user_port"; j16d: `user_port = 0x10005` reads back 5)
SOCK_ADDR_NARROW_FIELDS = {24: NarrowField(0xFFFF, 2, 2)}
# struct bpf_sock_ops: sk_txhash is stored only to a full socket and reads 0 from any other (SOCK_OPS_SET_FIELD and
# SOCK_OPS_GET_FIELD in sock_ops_convert_ctx_access(); j16d: a store then a load read different values)
SOCK_OPS_NARROW_FIELDS = {164: NarrowField(0xFFFF_FFFF, FIELD_SIZE, volatile=True)}
# the program types whose context is struct __sk_buff (include/linux/bpf_types.h)
SKB_CONTEXT_PROGRAMS = frozenset({
    "socket_filter", "sched_cls", "sched_act", "cgroup_skb", "lwt_in", "lwt_out", "lwt_xmit", "lwt_seg6local",
    "sk_skb", "flow_dissector",
})


def narrow_fields(prog_type: str) -> dict[int, NarrowField]:
    """The narrow fields of a program type's context, by offset."""
    if prog_type in SKB_CONTEXT_PROGRAMS:
        return SKB_NARROW_FIELDS
    return {"cgroup_sock_addr": SOCK_ADDR_NARROW_FIELDS, "sock_ops": SOCK_OPS_NARROW_FIELDS}.get(prog_type, {})


def volatile_at(fields: dict[int, NarrowField], offset: int, size: int) -> bool:
    """Whether a load or store of `size` bytes at `offset` touches a volatile field."""
    return any(field.volatile and start < offset + size and offset < start + FIELD_SIZE
               for start, field in fields.items())


def byte_masks(fields: dict[int, NarrowField]) -> dict[int, int]:
    """The context offsets whose byte a load sees masked (0: always 0), with the mask: the bytes of narrow fields
    that do not read whole."""
    masks = {}
    for at, field in fields.items():
        for i in range(FIELD_SIZE):
            byte = field.mask >> 8 * i & 0xFF
            if byte != 0xFF:
                masks[at + i] = byte
    return masks


def whole_value_at(fields: dict[int, NarrowField], offset: int, size: int) -> int | None:
    """Where the narrow field starts whose whole value a load of `size` bytes at `offset` reads (narrower than the
    field, not narrower than the kernel's own load of it); None for any other load."""
    start = offset - offset % FIELD_SIZE
    field = fields.get(start)
    if field is None or not field.loaded <= size < FIELD_SIZE or offset + size > start + FIELD_SIZE:
        return None
    return start
