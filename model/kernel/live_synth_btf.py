"""BTF and func_info made up for generated code, which has none: what the kernel needs to load code with
subprograms and maps with special fields.

The kernel's requirements restated (kernel/bpf/verifier.c, btf.c, arraymap.c, as this machine's 6.18 applies them):

- `check_btf_func`: code that takes the address of a function (`ld_imm64` BPF_PSEUDO_FUNC, a callback) refuses to
  load without func_info ("missing btf func_info"); without it every subprogram is verified as static. With it,
  one record per function, at the function's first instruction, naming a FUNC whose FUNC_PROTO exists.
- `btf_func_check`: a FUNC_PROTO's parameters each need a name.
- `btf_prepare_func_args` / `btf_check_func_arg_match`: a GLOBAL function is verified on its own with an argument
  per FUNC_PROTO parameter, and each call of it must pass them (an integer parameter takes a scalar; a parameter
  the caller leaves unset refuses the call); a STATIC function's parameters are only advice.
- `map_check_btf` / `btf_parse_fields`: a map value with a `struct bpf_timer` (bpf_spin_lock, bpf_wq, ...) needs
  BTF for its value (btf_value_type_id), where a struct of that name and the kernel's size marks the field;
  `array_map_check_btf`: an array map's key type is a 32-bit integer.

Argument counts come from the code: the argument registers (R1..R5) a function reads before it writes them, on its
straight-line start. Special fields sit at the start of the value, in name order, each with the size the running
kernel's BTF gives its struct.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sleepcheck.model.btf.parse import HEADER, MAGIC, load_vmlinux
from sleepcheck.model.btf.types import FuncLinkage, Kind
from sleepcheck.model.errors import ObjectError
from sleepcheck.model.isa.insn import (
    R1,
    R5,
    Alu,
    Atomic,
    Call,
    Code,
    Endian,
    Exit,
    Goto,
    Insn,
    Jump,
    Load,
    LoadImm64,
    MayGoto,
    Mov,
    MovSx,
    Neg,
    Reg,
    Store,
)
from sleepcheck.model.program import Function, Linkage, MapDef

_FUNC_INFO = struct.Struct("<II")  # struct bpf_func_info: insn_off, type_id
_INT_SIGNED = 1 << 24  # BTF_INT_SIGNED in an INT's encoding word (encoding << 24 | offset << 16 | bits)
_LINKAGE = {Linkage.STATIC: FuncLinkage.STATIC, Linkage.GLOBAL: FuncLinkage.GLOBAL}


@dataclass(frozen=True)
class CodeBtf:
    """BPF_BTF_LOAD's blob, BPF_PROG_LOAD's func_info for it, and each typed map's (key, value) type ids."""

    data: bytes
    func_info: bytes
    map_types: Mapping[str, tuple[int, int]] = field(default_factory=dict)


class _Writer:
    """Type records as words and a string table, numbered from 1 as they are added."""

    def __init__(self) -> None:
        self.words: list[int] = []
        self.strings = bytearray(b"\0")
        self.count = 0

    def name(self, text: str) -> int:
        if not text:
            return 0
        offset = len(self.strings)
        self.strings += text.encode() + b"\0"
        return offset

    def add(self, kind: Kind, name: str, vlen: int, size_or_type: int, *extra: int) -> int:
        self.words += [self.name(name), kind << 24 | vlen, size_or_type, *extra]
        self.count += 1
        return self.count

    def blob(self) -> bytes:
        types = struct.pack(f"<{len(self.words)}I", *self.words)
        header = HEADER.pack(MAGIC, 1, 0, HEADER.size, 0, len(types), len(types), len(self.strings))
        return header + types + bytes(self.strings)


def arguments(code: Code) -> int:
    """How many argument registers (R1..R<n>) the function reads before writing them, up to its first jump, call
    or exit."""
    written: set[int] = set()
    read = 0
    for insn in code.insns:
        read = max([read, *(r for r in _reads(insn) if r not in written)])
        if isinstance(insn, Jump | Goto | MayGoto | Call | Exit):
            break
        written |= _writes(insn)
    return read


def _reads(insn: Insn) -> set[int]:
    regs: set[int] = set()
    match insn:
        case Alu(dst=dst, src=src):
            regs = {dst} | ({src.n} if isinstance(src, Reg) else set())
        case Mov(src=Reg(n=n)):
            regs = {n}
        case Neg(dst=dst) | Endian(dst=dst):
            regs = {dst}
        case MovSx(src=src) | Load(src=src):
            regs = {src}
        case Store(dst=dst, src=src):
            regs = {dst} | ({src.n} if isinstance(src, Reg) else set())
        case Atomic(dst=dst, src=src):
            regs = {dst, src}
        case Jump(dst=dst, src=src):
            regs = {dst} | ({src.n} if isinstance(src, Reg) else set())
    return {r for r in regs if R1 <= r <= R5}


def _writes(insn: Insn) -> set[int]:
    match insn:
        case Alu(dst=dst) | Mov(dst=dst) | MovSx(dst=dst) | Neg(dst=dst) | Endian(dst=dst) | Load(dst=dst) | \
                LoadImm64(dst=dst):
            return {dst}
        case Atomic(src=src, fetch=True):
            return {src}
    return set()


def synthesize(functions: Sequence[tuple[Function, int]], maps: Sequence[MapDef] = ()) -> CodeBtf:
    """BTF for code laid out as `functions` (each with the slot it starts at, entry first): an `int` return and
    `long` parameters for every function, its linkage as the program model says; and a key and value type for
    every map whose value holds special fields."""
    w = _Writer()
    int_id = w.add(Kind.INT, "int", 0, 4, _INT_SIGNED | 32)
    long_id = w.add(Kind.INT, "long", 0, 8, _INT_SIGNED | 64)
    records = []
    for function, start in functions:
        count = arguments(function.code)
        params = [word for k in range(count) for word in (w.name(f"a{k + 1}"), long_id)]
        proto = w.add(Kind.FUNC_PROTO, "", count, int_id, *params)
        func = w.add(Kind.FUNC, function.name, _LINKAGE[function.linkage], proto)
        records.append(_FUNC_INFO.pack(start, func))
    map_types = {m.name: (int_id, _value_type(w, m, int_id)) for m in maps if m.value_fields}
    return CodeBtf(w.blob(), b"".join(records), map_types)


def _value_type(w: _Writer, spec: MapDef, int_id: int) -> int:
    """A struct of the value's size holding each special field, by name, at the start; the rest as bytes."""
    members: list[tuple[str, int, int]] = []  # (name, type id, byte offset)
    offset = 0
    for name in sorted(spec.value_fields):
        size = _kernel_struct_size(name)
        opaque = w.add(Kind.ARRAY, "", 0, 0, int_id, int_id, size // 4)
        struct_id = w.add(Kind.STRUCT, name, 1, size, w.name("__opaque"), opaque, 0)
        members.append((name.removeprefix("bpf_"), struct_id, offset))
        offset += size
    if offset > spec.value_size:
        raise ObjectError(f"map {spec.name}: a {spec.value_size}-byte value cannot hold {sorted(spec.value_fields)}")
    if offset < spec.value_size:
        char = w.add(Kind.INT, "char", 0, 1, 8)
        members.append(("rest", w.add(Kind.ARRAY, "", 0, 0, char, int_id, spec.value_size - offset), offset))
    words = [word for name, type_id, at in members for word in (w.name(name), type_id, at * 8)]
    return w.add(Kind.STRUCT, f"{spec.name}_value", len(members), spec.value_size, *words)


def _kernel_struct_size(name: str) -> int:
    type_id = load_vmlinux().find(name, Kind.STRUCT)
    if type_id is None:
        raise ObjectError(f"the running kernel's BTF has no struct {name}")
    return load_vmlinux().size_of(type_id)
