"""The program model: what an object file means once read, with every byte-level detail resolved.

Every later stage (kernel model, semantics, engines) reads these records and never the ELF. A call or a function
address is resolved to the name of the function it reaches; a map or global-data reference to the map or section
it names; a kfunc call to the kfunc's name.
"""

from __future__ import annotations

import enum
from collections.abc import Container, Mapping
from dataclasses import dataclass, field

from sleepcheck.model.errors import ObjectError
from sleepcheck.model.isa.insn import Code


class Linkage(enum.Enum):
    """How the kernel treats a subprogram: a static one is verified inline in its caller's state, a global one on
    its own with unknown arguments."""

    STATIC = "static"
    GLOBAL = "global"


class RefKind(enum.Enum):
    """What an instruction refers to outside its own code."""

    CALL = "call"  # bpf-to-bpf call: `target` is a function name
    FUNC_ADDR = "func_addr"  # ld_imm64 of a function (a callback): `target` is a function name
    KFUNC = "kfunc"  # call of a `__ksym` function extern: `target` is the kfunc name
    MAP = "map"  # ld_imm64 of a map: `target` is the map name
    DATA = "data"  # ld_imm64 of global data: `target` is the section (.rodata, .data, .bss, .kconfig, ...)
    KSYM = "ksym"  # ld_imm64 of a `__ksym` variable: `target` is its name


@dataclass(frozen=True)
class Ref:
    kind: RefKind
    target: str
    offset: int = 0  # for DATA: the byte offset into the section; for KSYM/KFUNC unused
    weak: bool = False  # a weak `__ksym` extern, which may resolve to nothing


@dataclass(frozen=True)
class SourceLine:
    file: str
    line: int
    column: int
    text: str

    def where(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Function:
    """One BPF function: a program's entry or a subprogram, with its code and what each instruction refers to."""

    name: str
    section: str
    code: Code
    linkage: Linkage
    refs: Mapping[int, Ref] = field(default_factory=dict)  # instruction index -> what it refers to
    lines: Mapping[int, SourceLine] = field(default_factory=dict)  # instruction index -> source line, where known
    section_offset: int = 0  # slot of the function's first instruction within its section
    # the argument registers its BTF tags `arg:trusted` (libbpf's __arg_trusted): the verifier checks a global
    # function alone with a trusted pointer there, and refuses a call that passes an untrusted one
    trusted_args: frozenset[int] = frozenset()
    # its pointer arguments (register, the pointee's size) the verifier checks as memory of that size, where its BTF
    # says: a global function may write those bytes, as far as its callers are concerned
    arg_memory: tuple[tuple[int, int], ...] = ()
    # the argument registers its BTF tags say are never NULL (`arg:nonnull`, and `arg:trusted` without
    # `arg:nullable`: libbpf's __arg_nonnull, __arg_trusted, __arg_nullable), as the verifier checks a global
    # function alone
    nonnull_args: frozenset[int] = frozenset()


@dataclass(frozen=True)
class MapDef:
    name: str
    map_type: str  # the kernel's enum name without BPF_MAP_TYPE_, lowercase: "hash", "array", "ringbuf"
    key_size: int
    value_size: int
    max_entries: int
    flags: int = 0
    value_fields: frozenset[str] = frozenset()  # special fields of the value: bpf_spin_lock, bpf_timer, ...
    inner: MapDef | None = None
    btf_key_type_id: int = 0
    btf_value_type_id: int = 0
    map_extra: int = 0  # an arena's user address, a bloom filter's hash count...: passed to the kernel as written
    # the kernel-object pointers its value holds (libbpf's __kptr, __kptr_untrusted, __percpu_kptr): (offset in the
    # value, the BTF type tag, the struct pointed to)
    kptrs: tuple[tuple[int, str, str], ...] = ()


@dataclass(frozen=True)
class DataSection:
    """Global data the program references: `.rodata` contents are what loads when user space rewrites nothing."""

    name: str
    data: bytes
    size: int
    read_only: bool
    symbols: Mapping[str, tuple[int, int]] = field(default_factory=dict)  # name -> (offset, size)
    special_fields: frozenset[str] = frozenset()  # kernel objects among its variables (a global bpf_spin_lock)
    kptrs: tuple[tuple[int, str, str], ...] = ()  # as MapDef.kptrs: its variables' kernel-object pointers
    # `.kconfig`: its bytes are the kernel's, written by libbpf at load time; unknown until the object is relocated
    # for a kernel (model/kernel/relocate.py)
    kernel_values: bool = False


@dataclass(frozen=True)
class Extern:
    name: str
    kind: str  # "kfunc", "ksym" (a variable), "kconfig"
    weak: bool
    # a kconfig extern's type as libbpf reads a value into it: "bool", "tristate", "char", "int", "uint", "str"
    # ("" where libbpf takes none)
    value_type: str = ""
    # a `__ksym` variable declared without a type (`extern const void x __ksym`): libbpf resolves it from
    # /proc/kallsyms, not from BTF (bpf_object__resolve_externs)
    typeless: bool = False
    returns: str | None = None  # a kfunc's: the struct its result points to, as its declaration says


@dataclass(frozen=True)
class CoreReloc:
    function: str
    insn: int
    type_name: str
    access: str  # the access string, as "0:1:2"
    kind: str
    # what the relocation asks of the target kernel's BTF, in names (as libbpf matches it): the root type's BTF
    # kind ("struct", "enum"...), and the path from it (named members and array indices; an enumerator's name)
    root_kind: str = ""
    path: tuple[str | int, ...] | None = None  # None: the local types do not say (an access it cannot follow)
    # the local types as libbpf's compatibility rules see them (btf.core.Shape): each named member's along the path,
    # or the root type's for a relocation about a whole type
    shapes: tuple[tuple[object, ...], ...] = ()


# The CO-RE kinds whose relocated immediate is a value the program computes with (whether a field, type or enum
# value exists, a size, a bitfield's shifts, an enum's value, a target type id): the kernel the object loads into
# decides it, so it is an input. A field's offset only moves an address into kernel memory, whose bytes are unknown
# anyway, and a local type id is the object's own.
CORE_VALUE_KINDS = frozenset({"byte_sz", "field_exists", "signed", "lshift_u64", "rshift_u64", "target_type_id",
                              "type_exists", "type_size", "enumval_exists", "enumval_value", "type_matches"})


@dataclass(frozen=True)
class Program:
    """A program as libbpf would load it: its entry function and what the section name says about it."""

    name: str
    section: str
    entry: Function
    prog_type: str  # kernel enum name without BPF_PROG_TYPE_, lowercase ("kprobe", "sched_cls", "syscall")
    attach_type: str | None  # kernel enum name without BPF_, lowercase ("trace_fentry"); None where libbpf sets 0
    attach_target: str | None  # what the section names: "file_open" for lsm.s/file_open; None for none
    sleepable: bool
    # the function `__exception_cb(NAME)` names (BTF decl tag "exception_callback:NAME" on the entry): the kernel
    # runs it after bpf_throw, in the program's context, and verifies it as an entry of its own
    exception_callback: str | None = None

    @property
    def insns(self) -> int:
        return self.entry.code.slot_total


@dataclass(frozen=True)
class BpfObject:
    path: str
    programs: tuple[Program, ...]
    functions: Mapping[str, Function]  # every function by name: program entries and subprograms
    maps: Mapping[str, MapDef]
    data: Mapping[str, DataSection]
    externs: Mapping[str, Extern]
    core_relocs: tuple[CoreReloc, ...] = ()
    license: str = ""
    # programs that cannot be checked, each with its section and why: in a section libbpf has no type for (user
    # space sets one by hand), or whose code does not decode (the kernel verifies each program alone); the rest of
    # the object is read as usual
    unsupported: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    # CO-RE values resolved against a target kernel's BTF, by instruction (model/kernel/relocate.py); the other
    # instructions of core_values() read an input
    core_resolved: Mapping[tuple[str, int], int] = field(default_factory=dict)
    # the possible CPUs of the kernel it was prepared for (model/kernel/relocate.py), which bound a CPU id as the
    # verifier bounds bpf_get_smp_processor_id; None: not known (NR_CPUS bounds it)
    nr_cpu_ids: int | None = None
    # weak externs (kfuncs, other functions, variables) the kernel it was prepared for lacks, in its BTF or a
    # loaded module's (model/kernel/relocate.py): libbpf resolves them to 0, and a call of one is refused where
    # reached
    absent_externs: frozenset[str] = frozenset()
    # weak function externs the kernel model has no kfunc for that the kernel it was prepared for has as a
    # function of its BTF: libbpf resolves them there (bpf_ksym_exists() is true), though a call of one is refused
    present_functions: frozenset[str] = frozenset()
    # the object's structs' pointer members by byte offset (model/btf/layout.py), for loads no CO-RE relocation names
    pointer_members: Mapping[str, Mapping[int, str]] = field(default_factory=dict)

    def weak_extern_absent(self, name: str, kfuncs: Container[str]) -> bool:
        """Whether libbpf resolves this weak `__ksym` extern to 0 for a kernel with these kfuncs: one it lacks, or,
        where the object was not prepared for a running kernel, a function the model has no kfunc for (a weak
        variable is then taken as present)."""
        extern = self.externs.get(name)
        if extern is None or not extern.weak or extern.kind == "kconfig":
            return False
        if name in self.absent_externs:
            return True
        return extern.kind == "kfunc" and name not in kfuncs and name not in self.present_functions

    def core_values(self) -> frozenset[tuple[str, int]]:
        """The instructions (function, index) whose immediate libbpf sets to a value of the target kernel's."""
        return frozenset((r.function, r.insn) for r in self.core_relocs if r.kind in CORE_VALUE_KINDS)

    def program(self, name: str) -> Program:
        for program in self.programs:
            if program.name == name:
                return program
        known = ", ".join(p.name for p in self.programs) or "none"
        raise ObjectError(f"no program named {name!r} (programs: {known})", file=self.path)

    def reachable(self, program: Program) -> tuple[Function, ...]:
        """The program's entry and every function it reaches by calls and callback references, entry first; its
        exception callback, which libbpf loads with it, and what that reaches too."""
        starts = (program.entry,) if program.exception_callback is None else \
            (program.entry, self.functions[program.exception_callback])
        return self.reached_from(*starts)

    def calls_of(self, name: str) -> list[tuple[Function, int]]:
        """Every bpf-to-bpf call of the function: the calling function and the call's index."""
        return [(caller, index) for caller in self.functions.values() for index, ref in caller.refs.items()
                if ref.kind is RefKind.CALL and ref.target == name]

    def reached_from(self, *starts: Function) -> tuple[Function, ...]:
        """These functions and every function they reach by calls and callback references, the first first."""
        seen = {function.name: function for function in starts}
        stack = list(starts)
        while stack:
            function = stack.pop()
            for ref in function.refs.values():
                if ref.kind in (RefKind.CALL, RefKind.FUNC_ADDR) and ref.target not in seen:
                    callee = self.functions[ref.target]
                    seen[ref.target] = callee
                    stack.append(callee)
        return tuple(seen.values())
