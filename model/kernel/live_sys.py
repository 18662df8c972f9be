"""The `bpf()` system call through ctypes: the few commands the loader and the probe need, and nothing more.

Every function here takes and returns plain values and file descriptors; the caller owns each fd it gets and closes
it (`Fd` is a context manager for that). Layouts are those of `union bpf_attr` in include/uapi/linux/bpf.h; the
kernel accepts a shorter attr than its own (the tail reads as zero), so each command's struct stops at the last field
we set.
"""

from __future__ import annotations

import ctypes
import errno
import os
import platform
from dataclasses import dataclass

# Syscall numbers per architecture (arch/*/include/... unistd tables): x86_64 321, arm64 and riscv64 280.
_SYSCALL_NR = {"x86_64": 321, "aarch64": 280, "arm64": 280, "riscv64": 280}

# enum bpf_cmd
MAP_CREATE = 0
MAP_LOOKUP_ELEM = 1
MAP_UPDATE_ELEM = 2
MAP_GET_NEXT_KEY = 4
PROG_LOAD = 5
PROG_TEST_RUN = 10
BTF_LOAD = 18
MAP_FREEZE = 22

# BPF_PROG_LOAD prog_flags
F_SLEEPABLE = 1 << 4

_libc = ctypes.CDLL(None, use_errno=True)
_libc.syscall.restype = ctypes.c_long


class BpfSysError(OSError):
    """A `bpf()` command failed; `errno` says why. The loader turns a refused load into a result, not this."""


def _u64(buf: ctypes.Array[ctypes.c_char] | ctypes.c_char_p | None) -> int:
    return ctypes.addressof(buf) if isinstance(buf, ctypes.Array) else 0


def syscall_number() -> int | None:
    return _SYSCALL_NR.get(platform.machine())


def bpf(cmd: int, attr: ctypes.Structure) -> int:
    """One `bpf()` call; returns its non-negative result or raises BpfSysError with the errno."""
    number = syscall_number()
    if number is None:
        raise BpfSysError(errno.ENOSYS, f"no bpf() syscall number known for {platform.machine()}")
    result = _libc.syscall(number, cmd, ctypes.byref(attr), ctypes.sizeof(attr))
    if result < 0:
        err = ctypes.get_errno()
        raise BpfSysError(err, os.strerror(err))
    return int(result)


class Fd:
    """An owned file descriptor, closed once on exit from a `with` block or by `close()`."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def __enter__(self) -> Fd:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


class _MapCreateAttr(ctypes.Structure):
    _fields_ = (
        ("map_type", ctypes.c_uint32),
        ("key_size", ctypes.c_uint32),
        ("value_size", ctypes.c_uint32),
        ("max_entries", ctypes.c_uint32),
        ("map_flags", ctypes.c_uint32),
        ("inner_map_fd", ctypes.c_uint32),
        ("numa_node", ctypes.c_uint32),
        ("map_name", ctypes.c_char * 16),
        ("map_ifindex", ctypes.c_uint32),
        ("btf_fd", ctypes.c_uint32),
        ("btf_key_type_id", ctypes.c_uint32),
        ("btf_value_type_id", ctypes.c_uint32),
        ("btf_vmlinux_value_type_id", ctypes.c_uint32),
        ("map_extra", ctypes.c_uint64),
    )


class _MapElemAttr(ctypes.Structure):
    _fields_ = (
        ("map_fd", ctypes.c_uint32),
        ("_pad", ctypes.c_uint32),
        ("key", ctypes.c_uint64),
        ("value", ctypes.c_uint64),
        ("flags", ctypes.c_uint64),
    )


class _MapFdAttr(ctypes.Structure):
    _fields_ = (("map_fd", ctypes.c_uint32),)


class _ProgLoadAttr(ctypes.Structure):
    _fields_ = (
        ("prog_type", ctypes.c_uint32),
        ("insn_cnt", ctypes.c_uint32),
        ("insns", ctypes.c_uint64),
        ("license", ctypes.c_uint64),
        ("log_level", ctypes.c_uint32),
        ("log_size", ctypes.c_uint32),
        ("log_buf", ctypes.c_uint64),
        ("kern_version", ctypes.c_uint32),
        ("prog_flags", ctypes.c_uint32),
        ("prog_name", ctypes.c_char * 16),
        ("prog_ifindex", ctypes.c_uint32),
        ("expected_attach_type", ctypes.c_uint32),
        ("prog_btf_fd", ctypes.c_uint32),
        ("func_info_rec_size", ctypes.c_uint32),
        ("func_info", ctypes.c_uint64),
        ("func_info_cnt", ctypes.c_uint32),
        ("line_info_rec_size", ctypes.c_uint32),
        ("line_info", ctypes.c_uint64),
        ("line_info_cnt", ctypes.c_uint32),
        ("attach_btf_id", ctypes.c_uint32),
        ("attach_btf_obj_fd", ctypes.c_uint32),
        ("core_relo_cnt", ctypes.c_uint32),
        ("fd_array", ctypes.c_uint64),
        ("core_relos", ctypes.c_uint64),
        ("core_relo_rec_size", ctypes.c_uint32),
        ("log_true_size", ctypes.c_uint32),
    )


class _BtfLoadAttr(ctypes.Structure):
    _fields_ = (
        ("btf", ctypes.c_uint64),
        ("btf_log_buf", ctypes.c_uint64),
        ("btf_size", ctypes.c_uint32),
        ("btf_log_size", ctypes.c_uint32),
        ("btf_log_level", ctypes.c_uint32),
        ("btf_log_true_size", ctypes.c_uint32),
    )


class _TestRunAttr(ctypes.Structure):
    _fields_ = (
        ("prog_fd", ctypes.c_uint32),
        ("retval", ctypes.c_uint32),
        ("data_size_in", ctypes.c_uint32),
        ("data_size_out", ctypes.c_uint32),
        ("data_in", ctypes.c_uint64),
        ("data_out", ctypes.c_uint64),
        ("repeat", ctypes.c_uint32),
        ("duration", ctypes.c_uint32),
        ("ctx_size_in", ctypes.c_uint32),
        ("ctx_size_out", ctypes.c_uint32),
        ("ctx_in", ctypes.c_uint64),
        ("ctx_out", ctypes.c_uint64),
        ("flags", ctypes.c_uint32),
        ("cpu", ctypes.c_uint32),
        ("batch_size", ctypes.c_uint32),
    )


def _buffer(data: bytes) -> ctypes.Array[ctypes.c_char]:
    return ctypes.create_string_buffer(data, max(len(data), 1))


@dataclass(frozen=True)
class MapSpec:
    """What BPF_MAP_CREATE needs; type ids refer to the BTF in `btf_fd` (0: no BTF)."""

    map_type: int
    key_size: int
    value_size: int
    max_entries: int
    flags: int = 0
    name: str = ""
    inner_map_fd: int = 0
    btf_fd: int = 0
    btf_key_type_id: int = 0
    btf_value_type_id: int = 0
    map_extra: int = 0


def map_create(spec: MapSpec) -> int:
    attr = _MapCreateAttr(
        map_type=spec.map_type, key_size=spec.key_size, value_size=spec.value_size,
        max_entries=spec.max_entries, map_flags=spec.flags, inner_map_fd=spec.inner_map_fd,
        map_name=spec.name.encode()[:15], btf_fd=spec.btf_fd, btf_key_type_id=spec.btf_key_type_id,
        btf_value_type_id=spec.btf_value_type_id, map_extra=spec.map_extra,
    )
    return bpf(MAP_CREATE, attr)


def map_update(fd: int, key: bytes, value: bytes, flags: int = 0) -> None:
    k, v = _buffer(key), _buffer(value)
    bpf(MAP_UPDATE_ELEM, _MapElemAttr(map_fd=fd, key=_u64(k), value=_u64(v), flags=flags))


def map_lookup(fd: int, key: bytes, value_size: int) -> bytes | None:
    """The value at `key`, or None where the map has no such key (ENOENT)."""
    k, v = _buffer(key), ctypes.create_string_buffer(value_size)
    try:
        bpf(MAP_LOOKUP_ELEM, _MapElemAttr(map_fd=fd, key=_u64(k), value=_u64(v)))
    except BpfSysError as error:
        if error.errno == errno.ENOENT:
            return None
        raise
    return v.raw


def map_next_key(fd: int, key: bytes | None, key_size: int) -> bytes | None:
    """The key after `key` (the first key for None), or None at the end."""
    k, nxt = (_buffer(key) if key is not None else None), ctypes.create_string_buffer(key_size)
    try:
        bpf(MAP_GET_NEXT_KEY, _MapElemAttr(map_fd=fd, key=_u64(k), value=_u64(nxt)))
    except BpfSysError as error:
        if error.errno == errno.ENOENT:
            return None
        raise
    return nxt.raw


def map_freeze(fd: int) -> None:
    bpf(MAP_FREEZE, _MapFdAttr(map_fd=fd))


def btf_load(data: bytes, log_size: int = 1 << 24) -> tuple[int | None, int, str]:
    """Load BTF: (fd or None, errno, the kernel's BTF log on failure).

    The first attempt asks for no log, as libbpf does: at log level 1 the kernel writes a line per type and refuses
    the load with ENOSPC once the buffer is full, so a large object's BTF would fail for the log's sake alone. Only
    a refusal is retried with a log, to say why."""
    blob = _buffer(data)
    try:
        return bpf(BTF_LOAD, _BtfLoadAttr(btf=_u64(blob), btf_size=len(data))), 0, ""
    except BpfSysError:
        pass
    log = ctypes.create_string_buffer(log_size)
    attr = _BtfLoadAttr(btf=_u64(blob), btf_size=len(data), btf_log_buf=_u64(log), btf_log_size=log_size,
                        btf_log_level=1)
    try:
        return bpf(BTF_LOAD, attr), 0, ""
    except BpfSysError as error:
        return None, error.errno or 0, log.value.decode(errors="replace")


@dataclass(frozen=True)
class ProgSpec:
    """What BPF_PROG_LOAD needs, already in the kernel's numbers."""

    prog_type: int
    insns: bytes
    license: str = "GPL"
    flags: int = 0
    expected_attach_type: int = 0
    name: str = ""
    prog_btf_fd: int = 0
    func_info: bytes = b""
    func_info_rec_size: int = 8
    line_info: bytes = b""
    line_info_rec_size: int = 16
    core_relos: bytes = b""  # struct bpf_core_relo records, for the kernel to apply against its own BTF
    core_relo_rec_size: int = 16
    attach_btf_id: int = 0
    attach_btf_obj_fd: int = 0
    fd_array: tuple[int, ...] = ()
    ifindex: int = 0  # a device to bind the program to (XDP dev-bound programs)


@dataclass(frozen=True)
class ProgLoad:
    fd: int | None
    errno: int
    log: str
    log_true_size: int


def prog_load(spec: ProgSpec, log_level: int, log_size: int) -> ProgLoad:
    """Load a program; a refusal is a ProgLoad with fd None, never an exception."""
    insns, lic = _buffer(spec.insns), ctypes.create_string_buffer(spec.license.encode())
    log = ctypes.create_string_buffer(log_size) if log_level else None
    finfo, linfo, relos = _buffer(spec.func_info), _buffer(spec.line_info), _buffer(spec.core_relos)
    fds = (ctypes.c_int32 * max(len(spec.fd_array), 1))(*spec.fd_array)
    attr = _ProgLoadAttr(
        prog_type=spec.prog_type, insn_cnt=len(spec.insns) // 8, insns=_u64(insns), license=_u64(lic),
        log_level=log_level, log_size=log_size if log else 0, log_buf=_u64(log), prog_flags=spec.flags,
        prog_name=spec.name.encode()[:15], prog_ifindex=spec.ifindex, expected_attach_type=spec.expected_attach_type,
        prog_btf_fd=spec.prog_btf_fd, attach_btf_id=spec.attach_btf_id, attach_btf_obj_fd=spec.attach_btf_obj_fd,
        fd_array=ctypes.addressof(fds) if spec.fd_array else 0,
    )
    if spec.func_info:
        attr.func_info_rec_size = spec.func_info_rec_size
        attr.func_info = _u64(finfo)
        attr.func_info_cnt = len(spec.func_info) // spec.func_info_rec_size
    if spec.line_info:
        attr.line_info_rec_size = spec.line_info_rec_size
        attr.line_info = _u64(linfo)
        attr.line_info_cnt = len(spec.line_info) // spec.line_info_rec_size
    if spec.core_relos:
        attr.core_relo_rec_size = spec.core_relo_rec_size
        attr.core_relos = _u64(relos)
        attr.core_relo_cnt = len(spec.core_relos) // spec.core_relo_rec_size
    try:
        fd: int | None = bpf(PROG_LOAD, attr)
        err = 0
    except BpfSysError as error:
        fd, err = None, error.errno or 0
    text = log.value.decode(errors="replace") if log is not None else ""
    return ProgLoad(fd, err, text, attr.log_true_size)


@dataclass(frozen=True)
class TestRun:
    retval: int
    duration_ns: int
    data_out: bytes
    ctx_out: bytes  # the context after the run: a syscall program's writes to its arguments land here


def prog_test_run(fd: int, *, data: bytes = b"", ctx: bytes = b"", repeat: int = 0) -> TestRun:
    """BPF_PROG_TEST_RUN; raises BpfSysError where the kernel cannot run this program type or input.

    Syscall programs refuse data, repeat and ctx_out (net/bpf/test_run.c bpf_prog_test_run_syscall) and write their
    context back in place, so the context goes in and comes back through one buffer."""
    din, cin = _buffer(data), _buffer(ctx)
    out_size = len(data) + 256 if data else 0
    dout = ctypes.create_string_buffer(max(out_size, 1))
    attr = _TestRunAttr(
        prog_fd=fd, repeat=repeat,
        data_size_in=len(data), data_in=_u64(din) if data else 0,
        data_size_out=out_size, data_out=_u64(dout) if out_size else 0,
        ctx_size_in=len(ctx), ctx_in=_u64(cin) if ctx else 0,
    )
    bpf(PROG_TEST_RUN, attr)
    return TestRun(attr.retval, attr.duration, dout.raw[:attr.data_size_out], cin.raw[:len(ctx)])
