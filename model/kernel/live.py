"""Loading programs into the running kernel, one at a time, to hear the verifier's verdict.

This is the ground truth the checker is compared with: `load_program` loads one program of an object as libbpf
would (type, expected attach type, flags, the object's BTF, the maps it uses with their BTF types, global data,
func_info and line_info for every function laid out, kfunc and kernel-variable BTF ids), `load_code` loads a
generated instruction sequence, and `open_program` / `open_code` keep the program and its maps open to run it
(`BPF_PROG_TEST_RUN`) and read its maps.
A refused program is a result, not an exception; so is a program this machine cannot load for reasons outside the
sleep rules (a struct_ops program, an fentry or LSM load the kernel answers with EPERM before verifying it, a map
the kernel will not create).
Every fd is closed when the result is returned or the `Loaded` is closed.
"""

from __future__ import annotations

import contextlib
import errno
import mmap
import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from sleepcheck.model.btf.parse import VMLINUX, load_vmlinux
from sleepcheck.model.btf.types import Kind
from sleepcheck.model.elf.sections import attach_type_value, prog_type_names
from sleepcheck.model.errors import ObjectError
from sleepcheck.model.isa.decode import encode
from sleepcheck.model.isa.insn import Code, Exit, Imm, LoadImm64, Mov, Pseudo
from sleepcheck.model.kernel import live_btf, live_log, live_synth_btf, live_sys
from sleepcheck.model.kernel.live_link import Linked, Resolver, link
from sleepcheck.model.kernel.live_uapi import number
from sleepcheck.model.kernel.relocate import kallsyms, with_kconfig
from sleepcheck.model.program import BpfObject, DataSection, MapDef, Program

# Map flags libbpf sets on global-data maps (include/uapi/linux/bpf.h): BPF_F_RDONLY_PROG for .rodata,
# BPF_F_MMAPABLE where a variable is visible to user space (see live_btf).
_F_RDONLY_PROG = 1 << 7
_F_MMAPABLE = 1 << 10
_LOG_STATS = 4
_LOG_START = 1 << 20
_LOG_MAX = 1 << 30
_RETURN_ZERO = Code.of([Mov(True, 0, Imm(0)), Exit()])

# Where libbpf looks for an attach target in vmlinux BTF (libbpf.c find_attach_btf_id: BTF_TRACE_PREFIX,
# BTF_LSM_PREFIX, BTF_ITER_PREFIX), by expected attach type.
_ATTACH_TARGET = {
    "trace_fentry": ("", Kind.FUNC),
    "trace_fexit": ("", Kind.FUNC),
    "trace_fsession": ("", Kind.FUNC),
    "modify_return": ("", Kind.FUNC),
    "trace_raw_tp": ("btf_trace_", Kind.TYPEDEF),
    "trace_iter": ("bpf_iter_", Kind.FUNC),
    "lsm_mac": ("bpf_lsm_", Kind.FUNC),
    "lsm_cgroup": ("bpf_lsm_", Kind.FUNC),
}

# Program types whose loads need more than the program itself (a target program).
_NEEDS_MORE = {
    "ext": "freplace programs load only against a target program",
}


@dataclass(frozen=True)
class LoadResult:
    """The kernel's verdict on one load. `not_loadable` is set (and `accepted` False) where this machine cannot
    load the program for reasons outside the sleep rules; then the verdict says nothing about them."""

    accepted: bool
    errno: int
    message: str  # the verifier's reason: the meaningful last lines of its log ("" when accepted)
    log: str
    insns_processed: int | None
    verification_usec: int | None
    not_loadable: str | None = None

    @property
    def verdict(self) -> str:
        if self.not_loadable:
            return f"not loadable here: {self.not_loadable}"
        return "accepted" if self.accepted else "refused"


def _not_loadable(reason: str, err: int = 0, log: str = "") -> LoadResult:
    return LoadResult(False, err, "", log, None, None, not_loadable=reason)


@cache
def bpf_available() -> str | None:
    """None when this process can load tracing programs with bpf(); else why not."""
    if live_sys.syscall_number() is None:
        return f"no bpf() syscall number known for this architecture ({os.uname().machine})"
    if not os.path.exists(VMLINUX):
        return f"the kernel has no BTF at {VMLINUX}"
    spec = live_sys.ProgSpec(number("prog_type", "kprobe"), encode(_RETURN_ZERO))
    try:
        loaded = live_sys.prog_load(spec, 0, 0)
    except live_sys.BpfSysError as error:
        return f"bpf() is unusable: {errno.errorcode.get(error.errno or 0, error.errno)}"
    if loaded.fd is not None:
        os.close(loaded.fd)
        return None
    name = errno.errorcode.get(loaded.errno, str(loaded.errno))
    if loaded.errno == errno.EPERM:
        return "bpf() refused to load a kprobe program (EPERM): run as root (or with CAP_BPF and CAP_PERFMON)"
    if loaded.errno == errno.ENOSYS:
        return "the kernel has no bpf() system call (ENOSYS)"
    return f"bpf() could not load a trivial kprobe program ({name})"



@dataclass(frozen=True)
class RunResult:
    retval: int
    duration_ns: int
    data_out: bytes
    ctx_out: bytes
    maps: dict[str, dict[bytes, bytes]]  # map (or global-data section) name -> key -> value, after the run


@dataclass
class Loaded:
    """A loaded program (if the kernel accepted it) and the maps it uses; close it, or use it as a context."""

    result: LoadResult
    fd: int | None = None
    maps: dict[str, tuple[int, MapDef | DataSection]] = field(default_factory=dict)
    _fds: contextlib.ExitStack = field(default_factory=contextlib.ExitStack)

    def close(self) -> None:
        self._fds.close()
        self.fd = None

    def __enter__(self) -> Loaded:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def test_run(self, *, ctx: bytes = b"", data: bytes = b"", repeat: int = 0) -> RunResult:
        """Run the program once (BPF_PROG_TEST_RUN: syscall programs take `ctx`, tc and xdp take `data`) and read
        every map it uses afterwards."""
        if self.fd is None:
            raise ObjectError(f"cannot run a program the kernel did not load ({self.result.verdict})")
        run = live_sys.prog_test_run(self.fd, ctx=ctx, data=data, repeat=repeat)
        return RunResult(run.retval, run.duration_ns, run.data_out, run.ctx_out,
                         {name: items for name in self.maps if (items := self.map_items(name)) is not None})

    def map_items(self, name: str) -> dict[bytes, bytes] | None:
        """Every key and value of a map the program uses, or None for a map type with no lookup (ringbuf, ...)."""
        fd, spec = self.maps[name]
        if isinstance(spec, DataSection):
            value = live_sys.map_lookup(fd, bytes(4), spec.size)
            return {bytes(4): value} if value is not None else {}
        value_size = spec.value_size
        if spec.map_type.startswith(("percpu_", "lru_percpu_")):
            value_size = -(-value_size // 8) * 8 * _possible_cpus()
        items: dict[bytes, bytes] = {}
        key: bytes | None = None
        try:
            while (key := live_sys.map_next_key(fd, key, spec.key_size)) is not None:
                value = live_sys.map_lookup(fd, key, value_size)
                if value is not None:
                    items[key] = value
        except live_sys.BpfSysError:
            return None
        return items


@cache
def _possible_cpus() -> int:
    with open("/sys/devices/system/cpu/possible") as f:
        text = f.read().strip()
    return max(int(part.split("-")[-1]) for part in text.split(",")) + 1


class _MapRefused(Exception):
    """The kernel would not create a map the program uses; libbpf fails the whole load then."""


class _Session:
    """The kernel objects one load needs, created on first use and owned by `fds`."""

    def __init__(self, maps: dict[str, MapDef | DataSection], fds: contextlib.ExitStack, object_path: str = ""):
        self.specs = maps
        self.fds = fds
        self.object_path = object_path
        self.opened: dict[str, tuple[int, MapDef | DataSection]] = {}
        self.btf: live_btf.ObjectBtf | None = None
        self.btf_fd = 0

    def own(self, fd: int) -> int:
        self.fds.callback(os.close, fd)
        return fd

    def load_btf(self, btf: live_btf.ObjectBtf) -> None:
        """Load the object's BTF; where the kernel refuses it, go on without (as libbpf does) and let the
        verifier say what it missed."""
        fd, _err, _log = live_sys.btf_load(btf.data)
        if fd is not None:
            self.btf, self.btf_fd = btf, self.own(fd)

    def map_fd(self, name: str) -> int:
        if name not in self.opened:
            spec = self.specs.get(name)
            if not isinstance(spec, MapDef):
                raise ObjectError(f"no map named {name!r}")
            self.opened[name] = (self.own(self._create(spec)), spec)
        return self.opened[name][0]

    def data_fd(self, name: str) -> int:
        if name not in self.opened:
            section = self.specs.get(name)
            if not isinstance(section, DataSection):
                raise ObjectError(f"no global data section {name!r}")
            flags = _F_RDONLY_PROG if section.read_only else 0
            typed = live_btf.datasec(self.btf.btf, name) if self.btf is not None else None
            if typed is not None and typed[1]:
                flags |= _F_MMAPABLE
            plain = live_sys.MapSpec(number("map_type", "array"), 4, max(section.size, 1), 1, flags,
                                     name=live_btf.internal_map_name(self.object_path, name))
            fd = self.own(self._create_with_btf(plain, 0, typed[0] if typed else 0))
            live_sys.map_update(fd, bytes(4), section.data.ljust(section.size, b"\0"))
            if section.read_only:
                live_sys.map_freeze(fd)
            self.opened[name] = (fd, section)
        return self.opened[name][0]

    def _create(self, spec: MapDef) -> int:
        inner = live_sys.Fd(self._create(spec.inner)) if spec.inner is not None else None
        try:
            max_entries = spec.max_entries
            if spec.map_type == "perf_event_array" and not max_entries:
                max_entries = _possible_cpus()  # libbpf's default for perf buffers
            plain = live_sys.MapSpec(number("map_type", spec.map_type), spec.key_size, spec.value_size, max_entries,
                                     spec.flags, name=_kernel_name(spec.name), inner_map_fd=inner.fd if inner else 0,
                                     map_extra=spec.map_extra)
            fd = self._create_with_btf(plain, spec.btf_key_type_id, spec.btf_value_type_id)
            if spec.map_type == "arena" and not spec.map_extra:
                # the verifier wants an arena's user address: libbpf maps it where the kernel chooses
                # (libbpf.c bpf_object__create_maps: mmap of the arena's pages right after its creation)
                try:
                    pages = mmap.mmap(fd, max_entries * mmap.PAGESIZE, mmap.MAP_SHARED,
                                      mmap.PROT_READ | mmap.PROT_WRITE)
                except OSError:
                    return fd  # the verifier then says what is missing
                self.fds.callback(pages.close)
            return fd
        finally:
            if inner is not None:
                inner.close()

    def _create_with_btf(self, plain: live_sys.MapSpec, key_type_id: int, value_type_id: int) -> int:
        """Create a map with its BTF types where the object's BTF is loaded; where the kernel refuses the typed map,
        retry without types (libbpf.c bpf_object__create_map: "Retrying without BTF") and let the verifier say
        what the program missed."""
        try:
            if self.btf_fd and (key_type_id or value_type_id):
                typed = replace(plain, btf_fd=self.btf_fd, btf_key_type_id=key_type_id,
                                btf_value_type_id=value_type_id)
                with contextlib.suppress(live_sys.BpfSysError):
                    return live_sys.map_create(typed)
            return live_sys.map_create(plain)
        except live_sys.BpfSysError as error:
            name = errno.errorcode.get(error.errno or 0, str(error.errno))
            raise _MapRefused(f"the kernel refuses to create map {plain.name!r} ({name})") from None

    def resolver(self) -> Resolver:
        return Resolver(self.map_fd, self.data_fd, kfunc_id, _ksym)


def kfunc_id(name: str) -> int | None:
    """The vmlinux BTF id of a kfunc (any kernel FUNC), as a kfunc call's imm needs it."""
    return load_vmlinux().find(name, Kind.FUNC)


def _ksym(name: str, typeless: bool) -> LoadImm64 | None:
    """A typed variable or function by its BTF id, a typeless one by its address, as libbpf resolves them."""
    vmlinux = load_vmlinux()
    typed = None if typeless else vmlinux.find(name, Kind.VAR) or vmlinux.find(name, Kind.FUNC)
    if typed is not None:
        return LoadImm64(0, Pseudo.BTF_ID, typed, 0)
    symbols = kallsyms() if typeless else None
    address = symbols.address(name) if symbols is not None else None
    if address is None:
        return None
    return LoadImm64(0, Pseudo.NONE, address & 0xFFFFFFFF, address >> 32)


def _load(spec: live_sys.ProgSpec, log_level: int, loaded: Loaded) -> LoadResult:
    """BPF_PROG_LOAD with statistics in the log, growing the log buffer until the whole log fits."""
    level = log_level | _LOG_STATS
    size = _LOG_START if log_level else 1 << 16
    while True:
        attempt = live_sys.prog_load(spec, level, size)
        if attempt.errno == errno.ENOSPC and size < attempt.log_true_size <= _LOG_MAX:
            size = attempt.log_true_size + 1
            continue
        break
    log = attempt.log
    if attempt.fd is not None:
        loaded.fd = loaded._fds.enter_context(_closing(attempt.fd))
        return LoadResult(True, 0, "", log, live_log.insns_processed(log), live_log.verification_usec(log))
    if attempt.errno == errno.EPERM and not log.strip():
        return _not_loadable("the kernel refuses this load before verifying it (EPERM)", attempt.errno, log)
    return LoadResult(False, attempt.errno, live_log.message(log) or os.strerror(attempt.errno), log,
                      live_log.insns_processed(log), live_log.verification_usec(log))


@contextlib.contextmanager
def _closing(fd: int):  # type: ignore[no-untyped-def]
    try:
        yield fd
    finally:
        os.close(fd)


def _attach(program: Program) -> tuple[int, int, str | None]:
    """(vmlinux BTF id of the attach target, or 0; the expected attach type libbpf passes, in the uAPI numbers it
    was built with, which a kernel older than the section may not know; why the target cannot be found, or None)."""
    if program.prog_type == "struct_ops":
        return _struct_ops_member(program)
    expected = attach_type_value(program.attach_type) if program.attach_type else 0
    rule = _ATTACH_TARGET.get(program.attach_type or "")
    if rule is None:
        return 0, expected, None
    prefix, kind = rule
    name = prefix + (program.attach_target or "")
    found = load_vmlinux().find(name, kind)
    if found is None:
        return 0, expected, f"attach target {name} is not in the running kernel's BTF"
    return found, expected, None


def _struct_ops_member(program: Program) -> tuple[int, int, str | None]:
    """(vmlinux BTF id of the struct, the member's index in it, why they cannot be found or None): what libbpf
    passes for a struct_ops program (attach_btf_id, expected_attach_type), which the verifier checks alone; the
    struct_ops map matters only when it is registered."""
    struct, _, member = (program.attach_target or "").partition(".")
    found = load_vmlinux().find(struct, Kind.STRUCT) if struct else None
    if found is None:
        return 0, 0, f"struct_ops struct {struct or '(no struct_ops map names the program)'} is not in the running " \
                     "kernel's BTF"
    names = [m.name for m in load_vmlinux().type(found).members]  # type: ignore[attr-defined]
    if member not in names:
        return 0, 0, f"struct {struct} has no member {member} in the running kernel's BTF"
    return found, names.index(member), None


def open_program(obj: BpfObject, program: str, *, kernel_log_level: int = 1) -> Loaded:
    """Load one program of `obj` (and the maps and data it uses); the caller closes the result. Its `.kconfig` holds
    the running kernel's values, as libbpf writes them."""
    obj = with_kconfig(obj)
    prog = obj.program(program)
    if prog.prog_type in _NEEDS_MORE:
        return Loaded(_not_loadable(_NEEDS_MORE[prog.prog_type]))
    attach_btf_id, expected_attach_type, missing = _attach(prog)
    if missing:
        return Loaded(_not_loadable(missing))
    loaded = Loaded(_not_loadable("not loaded"))
    try:
        session = _Session({**obj.maps, **obj.data}, loaded._fds, obj.path)
        btf = live_btf.object_btf(obj.path)
        if btf is not None:
            session.load_btf(btf)
        try:
            linked = link(obj, prog, session.resolver())
        except (_MapRefused, ObjectError) as refused:  # a map the kernel will not create, a kfunc it lacks...:
            loaded.result = _not_loadable(str(refused))  # libbpf stops there too
            return loaded
        # libbpf passes the object's BTF with every program once the kernel has it (bpf_object_load_prog), and the
        # program type in the uAPI numbers it was built with, as the attach type: the kernel answers for both.
        info = live_btf.prog_info(session.btf.ext, linked.functions) if session.btf else live_btf.ProgInfo()
        spec = live_sys.ProgSpec(
            prog_type=prog_type_names().index(prog.prog_type), insns=encode(linked.code), license=obj.license,
            flags=live_sys.F_SLEEPABLE if prog.sleepable else 0,
            expected_attach_type=expected_attach_type,
            name=_kernel_name(prog.name), prog_btf_fd=session.btf_fd, func_info=info.func_info,
            line_info=info.line_info, core_relos=info.core_relos, attach_btf_id=attach_btf_id,
        )
        loaded.result = _load(spec, kernel_log_level, loaded)
        loaded.maps = dict(session.opened)
    except BaseException:
        loaded.close()
        raise
    return loaded


def open_code(code: Code | Linked, prog_type: str, *, sleepable: bool, expected_attach_type: str | None = None,
              maps: Sequence[MapDef] = (), attach_btf_id: int = 0, license: str = "GPL",
              kernel_log_level: int = 1) -> Loaded:
    """Load generated code. An ld_imm64 with pseudo MAP_IDX (MAP_IDX_VALUE) and imm `i` refers to `maps[i]`
    (its value); the kernel resolves it through the fd array. Kfunc calls carry vmlinux ids (see `kfunc_id`).
    Code given with its functions (`Linked`) loads with BTF made up for them and for maps with special fields
    (live_synth_btf): func_info, so the kernel takes callbacks and verifies global functions on their own."""
    loaded = Loaded(_not_loadable("not loaded"))
    try:
        typed = None
        if isinstance(code, Linked):
            typed = live_synth_btf.synthesize(code.functions, maps)
            maps = [replace(m, btf_key_type_id=typed.map_types[m.name][0], btf_value_type_id=typed.map_types[m.name][1])
                    if m.name in typed.map_types else m for m in maps]
            code = code.code
        session = _Session({m.name: m for m in maps}, loaded._fds)
        if typed is not None:
            fd, err, log = live_sys.btf_load(typed.data)
            if fd is None:
                loaded.result = _not_loadable(f"the kernel refuses the made-up BTF: {live_log.message(log)}", err, log)
                return loaded
            session.btf_fd = session.own(fd)
        try:
            fds = tuple(session.map_fd(m.name) for m in maps)
        except _MapRefused as refused:
            loaded.result = _not_loadable(str(refused))
            return loaded
        spec = live_sys.ProgSpec(
            prog_type=number("prog_type", prog_type), insns=encode(code), license=license,
            flags=live_sys.F_SLEEPABLE if sleepable else 0,
            expected_attach_type=number("attach_type", expected_attach_type) if expected_attach_type else 0,
            attach_btf_id=attach_btf_id, fd_array=fds, prog_btf_fd=session.btf_fd,
            func_info=typed.func_info if typed else b"",
        )
        loaded.result = _load(spec, kernel_log_level, loaded)
        loaded.maps = dict(session.opened)
    except BaseException:
        loaded.close()
        raise
    return loaded


def load_program(obj: BpfObject, program: str, *, kernel_log_level: int = 1) -> LoadResult:
    with open_program(obj, program, kernel_log_level=kernel_log_level) as loaded:
        return loaded.result


def load_code(code: Code | Linked, prog_type: str, *, sleepable: bool, expected_attach_type: str | None = None,
              maps: Sequence[MapDef] = (), attach_btf_id: int = 0, kernel_log_level: int = 1) -> LoadResult:
    with open_code(code, prog_type, sleepable=sleepable, expected_attach_type=expected_attach_type, maps=maps,
                   attach_btf_id=attach_btf_id, kernel_log_level=kernel_log_level) as loaded:
        return loaded.result


def test_run(obj: BpfObject, program: str, *, ctx: bytes = b"", data: bytes = b"") -> tuple[LoadResult,
                                                                                              RunResult | None]:
    """Load, run once and read back the maps: (the load's verdict, the run or None where it did not load)."""
    with open_program(obj, program) as loaded:
        if loaded.fd is None:
            return loaded.result, None
        return loaded.result, loaded.test_run(ctx=ctx, data=data)


def _kernel_name(name: str) -> str:
    """The kernel takes up to 15 characters of [A-Za-z0-9_.] as a program or map name."""
    return "".join(c if c.isalnum() or c in "_." else "_" for c in name)[:15]
