"""The small generated programs the probe loads, and the program configurations it loads them in.

Each probe program asks the verifier one question and is built so that the check it asks about comes first:
a helper's existence and its might-sleep check precede its argument checks (`check_helper_call`), and so does a
kfunc's registration and "must be sleepable" check (`check_kfunc_call`), so calls with no arguments set up suffice.
A configuration is named as the data files name it: the program type, `@N` for a non-zero expected attach type,
`(sleepable)` for BPF_F_SLEEPABLE.
"""

from __future__ import annotations

from dataclasses import dataclass

from sleepcheck.model.isa.insn import (
    FRAME_POINTER,
    Alu,
    AluOp,
    Call,
    CallKind,
    Exit,
    Imm,
    Insn,
    Mov,
    Reg,
    Size,
    Store,
)

# BPF_F_XDP_DEV_BOUND_ONLY (include/uapi/linux/bpf.h): an XDP program bound to one device, the only kind the
# XDP metadata kfuncs are offered to.
F_XDP_DEV_BOUND_ONLY = 1 << 6


@dataclass(frozen=True)
class Config:
    label: str
    prog_type: str
    attach_type: int = 0
    sleepable: bool = False
    flags: int = 0
    ifindex: int = 0
    attach_btf: str | None = None  # vmlinux BTF name of the attach target, for tracing programs


def _c(prog_type: str, attach_type: int = 0) -> Config:
    return Config(f"{prog_type}@{attach_type}" if attach_type else prog_type, prog_type, attach_type)


SYSCALL = Config("syscall(sleepable)", "syscall", sleepable=True)
# An iterator program (BPF_TRACE_ITER = 28 in include/uapi/linux/bpf.h) on the task target: the tracing programs
# that load here. Every iterator target is offered tracing_prog_func_proto's calls and the iterator's own.
ITER = Config("tracing@28", "tracing", 28, attach_btf="bpf_iter_task")
# The targets whose registration adds calls of its own (bpf_iter_reg.get_func_proto, consulted by
# bpf_iter_get_func_proto(): net/ipv4/tcp_ipv4.c bpf_iter_tcp_get_func_proto and net/unix/af_unix.c
# bpf_iter_unix_get_func_proto offer bpf_setsockopt and bpf_getsockopt), each labelled `tracing@28:target`.
ITER_TARGETS = tuple(Config(f"tracing@28:{target}", "tracing", 28, attach_btf=f"bpf_iter_{target}")
                     for target in ("tcp", "unix"))
# A BTF tracepoint program (BPF_TRACE_RAW_TP = 23, SEC("tp_btf/...")) on sched_switch: tracing_prog_func_proto's
# calls less those whose .allowed callback refuses it (bpf_d_path).
TP_BTF = Config("tracing@23", "tracing", 23, attach_btf="btf_trace_sched_switch")
# struct_ops programs of the structs this kernel registers, the attach type being the member's index in the struct:
# a struct's get_func_proto speaks for its members, but tcp_congestion_ops.release (17), denied the sockopt helpers.
STRUCT_OPS = (Config("struct_ops:tcp_congestion_ops", "struct_ops", 1, attach_btf="tcp_congestion_ops"),
              Config("struct_ops:tcp_congestion_ops.release", "struct_ops", 17, attach_btf="tcp_congestion_ops"),
              Config("struct_ops:bpf_dummy_ops", "struct_ops", 0, attach_btf="bpf_dummy_ops"))

# Helpers: every program type that loads here, socket and cgroup hooks each with the attach type that offers the
# most helpers, so that a helper missing from one of them is known not to be offered there. None is left to a
# fallback tier.
HELPER_MAIN = (
    _c("kprobe"), _c("sched_cls"), _c("xdp"), _c("socket_filter"), _c("cgroup_skb"), _c("tracepoint"),
    _c("raw_tracepoint"), _c("perf_event"), SYSCALL,
    _c("sock_ops"), _c("sk_msg", 7), _c("cgroup_sock_addr", 10), _c("cgroup_sock_addr", 8), _c("sk_skb", 5),
    _c("lwt_in"), _c("lwt_xmit"), _c("lwt_seg6local"), _c("sk_reuseport"), _c("cgroup_sysctl"),
    _c("cgroup_sock", 2), _c("cgroup_sockopt", 21), _c("flow_dissector"), _c("sk_lookup", 36),
    _c("cgroup_skb", 1), _c("sock_ops", 3), _c("cgroup_sysctl", 18), _c("raw_tracepoint_writable"), ITER,
    *ITER_TARGETS, TP_BTF, *STRUCT_OPS,
)
HELPER_FALLBACK: tuple[Config, ...] = ()

# Kfuncs: one type per kfunc hook of btf.c bpf_prog_type_to_kfunc_hook() that loads here (tracepoint stands for
# the TRACING hook), raw_tracepoint and perf_event (which the kernel does not treat as tracepoint does), the types
# of the remaining hooks and the socket types, each probed for every kfunc; an XDP program bound to a device only
# where no other configuration offers the kfunc.
KFUNC_MAIN = (
    _c("sched_cls"), _c("kprobe"), _c("xdp"), _c("tracepoint"), _c("socket_filter"), SYSCALL,
    _c("raw_tracepoint"), _c("perf_event"),
    _c("kprobe", 56), _c("kprobe", 57), _c("cgroup_skb"), _c("sock_ops"), _c("cgroup_sock_addr", 8),
    _c("cgroup_sock_addr", 49), _c("cgroup_sock", 2), _c("cgroup_sysctl"), _c("cgroup_sockopt", 21),
    _c("cgroup_device"), _c("sk_skb", 5), _c("sk_msg", 7), _c("lwt_in"), _c("sk_reuseport"), _c("flow_dissector"),
    _c("sk_lookup", 36), _c("cgroup_skb", 1), _c("sock_ops", 3), _c("cgroup_sysctl", 18),
    _c("raw_tracepoint_writable"), ITER, TP_BTF, *STRUCT_OPS,
)
KFUNC_FALLBACK = (Config("xdp(dev_bound_only,ifindex=4)", "xdp", flags=F_XDP_DEV_BOUND_ONLY, ifindex=4),)

RETURN_ZERO: tuple[Insn, ...] = (Mov(True, 0, Imm(0)), Exit())


def helper_call(number: int) -> tuple[Insn, ...]:
    return (Call(CallKind.HELPER, number), *RETURN_ZERO)


def kfunc_call(btf_id: int) -> Call:
    return Call(CallKind.KFUNC, btf_id)


def stack_pointer(reg: int, offset: int) -> tuple[Insn, ...]:
    """`reg = r10 + offset`: the address of a stack slot, as irq-flag and buffer arguments need."""
    return (Mov(True, reg, Reg(FRAME_POINTER)), Alu(AluOp.ADD, True, reg, Imm(offset)))


def zero_stack(size: int) -> tuple[Insn, ...]:
    """Initialise the top `size` bytes of the stack, so a buffer argument there is readable."""
    return tuple(Store(Size.DW, FRAME_POINTER, -off, Imm(0)) for off in range(8, size + 1, 8))


def copy_str_args(size: int) -> tuple[Insn, ...]:
    """Valid arguments for bpf_copy_from_user_str(dst, dst__sz, unsafe_ptr__ign, flags) with dst on the stack: the
    kfunc's region checks come after its argument checks, so this call must pass them."""
    return (*zero_stack(size), *stack_pointer(1, -size), Mov(True, 2, Imm(size)), Mov(True, 3, Imm(0)),
            Mov(True, 4, Imm(0)))
