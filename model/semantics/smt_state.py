"""A symbolic machine state and the instruction semantics over it, as pySMT bit-vector terms.

Pointers are numbers here, as in the machine: each frame's stack, the context, each global-data section, each map
and each function has a base address of its own, far apart, so a stack access at a constant offset becomes a
constant address after simplification and resolves to bytes, exactly (spills and fills of every width and
alignment, partial overwrites). Memory that is neither stack, context nor frozen `.rodata` is not tracked: every
load from it is a fresh unknown (another CPU may write it), and stores to it are forgotten. A store whose address
is not constant but is computed from a frame pointer may hit any byte of that frame, so it makes the whole frame
unknown; everything here over-approximates, so a proof of `safe` over these states holds for every real run.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from pysmt.fnode import FNode
from pysmt.formula import FormulaManager
from pysmt.typing import BVType

from sleepcheck.model.isa.insn import (
    AddrSpaceCast,
    Alu,
    Atomic,
    AtomicOp,
    Endian,
    Imm,
    Insn,
    Load,
    LoadImm64,
    Mov,
    MovSx,
    Neg,
    Operand,
    PacketLoad,
    Pseudo,
    Store,
)
from sleepcheck.model.program import BpfObject, Function, RefKind
from sleepcheck.model.semantics import smt_alu as A
from sleepcheck.model.semantics.inputs import InputKind

Term = FNode
STACK_SIZE = 512
FRAME_BASE = 0x7F00_0000_0000
FRAME_STRIDE = 0x1_0000
CTX_BASE = 0x6000_0000_0000
CTX_SIZE = 0x1_0000
DATA_BASE = 0x5000_0000_0000
DATA_STRIDE = 0x1_0000_0000
MAP_BASE = 0x4000_0000_0000
FUNC_BASE = 0x3000_0000_0000
MASK64 = (1 << 64) - 1


def frame_pointer(depth: int) -> int:
    return FRAME_BASE + (depth + 1) * FRAME_STRIDE


def frame_of(address: int) -> int | None:
    """The depth of the frame whose stack holds `address`, if any."""
    if not FRAME_BASE <= address < FRAME_BASE + 1024 * FRAME_STRIDE:
        return None
    depth = (address - FRAME_BASE) // FRAME_STRIDE
    return depth if frame_pointer(depth) - address <= STACK_SIZE else None


@dataclass(frozen=True)
class Unknown:
    """Where a fresh symbol comes from, so a witness can name it as an input of a concrete run."""

    kind: InputKind
    function: str
    insn: int
    detail: int = 0
    width: int = 64


@dataclass
class Symbols:
    """Every unknown the encoding creates, by symbol name."""

    mgr: FormulaManager
    origin: dict[str, Unknown] = field(default_factory=dict)
    ctx: dict[int, Term] = field(default_factory=dict)
    rodata: dict[tuple[str, int], Term] = field(default_factory=dict)
    counter: int = 0

    def fresh(self, prefix: str, unknown: Unknown | None, width: int = 64) -> Term:
        self.counter += 1
        name = f"{prefix}#{self.counter}"
        if unknown is not None:
            self.origin[name] = unknown
        return self.mgr.Symbol(name, BVType(width))

    def ctx_byte(self, offset: int) -> Term:
        if offset not in self.ctx:
            self.ctx[offset] = self.fresh(f"ctx{offset}", Unknown(InputKind.CTX_BYTE, "", 0, offset, 8), 8)
        return self.ctx[offset]

    def rodata_byte(self, section: str, offset: int) -> Term:
        key = (section, offset)
        if key not in self.rodata:
            self.rodata[key] = self.fresh(f"rodata{offset}", Unknown(InputKind.RODATA_BYTE, "", 0, offset, 8), 8)
        return self.rodata[key]


@dataclass(frozen=True)
class SymState:
    regs: tuple[Term | None, ...]
    saved: tuple[tuple[Term | None, ...], ...] = ()  # callers' r6-r10, innermost last
    mem: Mapping[int, Term] = field(default_factory=dict)  # stack bytes by absolute address

    def reg(self, n: int) -> Term | None:
        return self.regs[n]

    def with_regs(self, **changes: Term | None) -> SymState:
        regs = list(self.regs)
        for name, value in changes.items():
            regs[int(name[1:])] = value
        return replace(self, regs=tuple(regs))


@dataclass
class Semantics:
    """The instruction rules over a symbolic state, for one program being encoded."""

    mgr: FormulaManager
    obj: BpfObject
    symbols: Symbols
    rodata_unknown: bool
    map_index: dict[str, int] = field(default_factory=dict)
    data_index: dict[str, int] = field(default_factory=dict)
    func_index: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.map_index = {name: i for i, name in enumerate(sorted(self.obj.maps))}
        self.data_index = {name: i for i, name in enumerate(sorted(self.obj.data))}
        self.func_index = {name: i for i, name in enumerate(sorted(self.obj.functions))}

    # --- values ----------------------------------------------------------------------------------------------
    def bv(self, value: int, width: int = 64) -> Term:
        return self.mgr.BV(value & ((1 << width) - 1), width)

    def constant(self, term: Term) -> int | None:
        if term.is_bv_constant():
            return int(term.constant_value())
        simplified = term.simplify()
        return int(simplified.constant_value()) if simplified.is_bv_constant() else None

    def operand(self, state: SymState, src: Operand, function: Function, index: int) -> Term:
        if isinstance(src, Imm):
            return A.imm64(self.mgr, src.value)
        return self.read_reg(state, src.n, function, index)

    def read_reg(self, state: SymState, n: int, function: Function, index: int) -> Term:
        value = state.regs[n]
        if value is None:  # never written: the kernel refuses such reads, the interpreter reads 0
            return self.bv(0)
        return value

    def initial(self, depth: int, args: Mapping[int, Term]) -> SymState:
        regs: list[Term | None] = [None] * 11
        for n, value in args.items():
            regs[n] = value
        regs[10] = self.bv(frame_pointer(depth))
        return SymState(tuple(regs))

    # --- memory ----------------------------------------------------------------------------------------------
    def _mentions_frame(self, term: Term) -> int | None:
        for sub in _constants(term):
            depth = frame_of(int(sub.constant_value()))
            if depth is not None:
                return depth
        return None

    def load(self, state: SymState, address: Term, size: int, function: Function, index: int,
             tag: str) -> Term:
        bits = size * 8
        where = self.constant(address)
        fresh = Unknown(InputKind.LOAD, function.name, index, 0, bits)
        if where is None:
            return self.symbols.fresh(tag, fresh, bits)
        if frame_of(where) is not None:
            parts = [state.mem.get(where + i) for i in range(size)]
            if any(part is None for part in parts):
                return self.symbols.fresh(tag, fresh, bits)
            return _join(self.mgr, parts)  # type: ignore[arg-type]
        if CTX_BASE <= where < CTX_BASE + CTX_SIZE:
            return _join(self.mgr, [self.symbols.ctx_byte(where - CTX_BASE + i) for i in range(size)])
        section = self._data_section(where)
        if section is not None:
            data = self.obj.data[section]
            offset = where - DATA_BASE - self.data_index[section] * DATA_STRIDE
            if data.read_only and offset + size <= len(data.data):
                if self.rodata_unknown:
                    return _join(self.mgr, [self.symbols.rodata_byte(section, offset + i) for i in range(size)])
                return self.bv(int.from_bytes(data.data[offset:offset + size], "little"), bits)
        return self.symbols.fresh(tag, fresh, bits)

    def _data_section(self, address: int) -> str | None:
        if not DATA_BASE <= address < DATA_BASE + len(self.data_index) * DATA_STRIDE:
            return None
        index = (address - DATA_BASE) // DATA_STRIDE
        for name, i in self.data_index.items():
            if i == index:
                return name
        return None

    def store(self, state: SymState, address: Term, size: int, value: Term) -> SymState:
        where = self.constant(address)
        if where is not None:
            if frame_of(where) is None:
                return state
            mem = dict(state.mem)
            for i in range(size):
                mem[where + i] = self.mgr.BVExtract(value, 8 * i, 8 * i + 7)
            return replace(state, mem=mem)
        depth = self._mentions_frame(address)
        return state if depth is None else self.havoc_frame(state, depth, "havoc")

    def havoc_frame(self, state: SymState, depth: int, tag: str) -> SymState:
        top = frame_pointer(depth)
        return self.havoc_range(state, top - STACK_SIZE, top, tag)

    def havoc_range(self, state: SymState, start: int, end: int, tag: str) -> SymState:
        mem = dict(state.mem)
        for address in range(start, end):
            mem[address] = self.symbols.fresh(tag, None, 8)
        return replace(state, mem=mem)

    # --- instructions ----------------------------------------------------------------------------------------
    def execute(self, state: SymState, insn: Insn, function: Function, index: int, tag: str) -> SymState:
        """Every instruction but calls, jumps and exit, which the engine handles with the control flow."""
        mgr = self.mgr
        reg = lambda n: self.read_reg(state, n, function, index)  # noqa: E731
        match insn:
            case Alu(op, wide, dst, src):
                return _set(state, dst, A.alu(mgr, op, wide, reg(dst), self.operand(state, src, function, index)))
            case Neg(wide, dst):
                return _set(state, dst, A.neg(mgr, wide, reg(dst)))
            case Mov(wide, dst, src):
                value = self.operand(state, src, function, index)
                return _set(state, dst, value if wide else A.zext64(mgr, A.low32(mgr, value)))
            case MovSx(wide, dst, src, bits):
                value = A.sext(mgr, reg(src), bits, 64 if wide else 32)
                return _set(state, dst, A.zext64(mgr, value))
            case AddrSpaceCast(dst, src):
                return _set(state, dst, reg(src))
            case Endian(dst, order, bits):
                return _set(state, dst, A.endian(mgr, order, bits, reg(dst)))
            case LoadImm64(dst=dst):
                return _set(state, dst, self._address_of(insn, function, index, tag))
            case Load(size, dst, src, off, signed):
                value = self.load(state, mgr.BVAdd(reg(src), A.imm64(mgr, off)), int(size), function, index, tag)
                return _set(state, dst, A.sext(mgr, value, int(size) * 8, 64) if signed else A.zext64(mgr, value))
            case Store(size, dst, off, src):
                value = self.operand(state, src, function, index)
                return self.store(state, mgr.BVAdd(reg(dst), A.imm64(mgr, off)), int(size), value)
            case Atomic():
                return self._atomic(state, insn, function, index, tag)
            case PacketLoad(size):
                value = self.symbols.fresh(tag, Unknown(InputKind.LOAD, function.name, index, 0, int(size) * 8),
                                           int(size) * 8)
                return _clobber_args(_set(state, 0, A.zext64(mgr, value)), self.bv(0))
        raise AssertionError(f"not a straight-line instruction: {insn!r}")

    def _address_of(self, insn: LoadImm64, function: Function, index: int, tag: str) -> Term:
        ref = function.refs.get(index)
        if ref is None:
            if insn.pseudo is Pseudo.NONE:
                return self.bv(insn.value)
            return self.bv(MAP_BASE + 0x1000 * (len(self.map_index) + insn.lo))
        match ref.kind:
            case RefKind.MAP:
                return self.bv(MAP_BASE + 0x1000 * self.map_index.get(ref.target, len(self.map_index)))
            case RefKind.DATA if ref.target in self.data_index:
                return self.bv(DATA_BASE + self.data_index[ref.target] * DATA_STRIDE + ref.offset)
            case RefKind.FUNC_ADDR:
                return self.bv(FUNC_BASE + 0x10 * self.func_index.get(ref.target, 0))
        return self.symbols.fresh(tag, Unknown(InputKind.LOAD, function.name, index), 64)

    def _atomic(self, state: SymState, insn: Atomic, function: Function, index: int, tag: str) -> SymState:
        mgr = self.mgr
        size = int(insn.size)
        bits = size * 8
        reg = lambda n: self.read_reg(state, n, function, index)  # noqa: E731
        if insn.op is AtomicOp.LOAD_ACQUIRE:
            value = self.load(state, mgr.BVAdd(reg(insn.src), A.imm64(mgr, insn.off)), size, function, index, tag)
            return _set(state, insn.dst, A.zext64(mgr, value))
        address = mgr.BVAdd(reg(insn.dst), A.imm64(mgr, insn.off))
        operand = A.zext64(mgr, mgr.BVExtract(reg(insn.src), 0, bits - 1)) if bits < 64 else reg(insn.src)
        if insn.op is AtomicOp.STORE_RELEASE:
            return self.store(state, address, size, operand)
        old = A.zext64(mgr, self.load(state, address, size, function, index, tag))
        match insn.op:
            case AtomicOp.XCHG:
                new = operand
            case AtomicOp.CMPXCHG:
                expected = A.zext64(mgr, mgr.BVExtract(reg(0), 0, bits - 1)) if bits < 64 else reg(0)
                new = mgr.Ite(mgr.Equals(old, expected), operand, old)
            case _:
                op = {AtomicOp.ADD: mgr.BVAdd, AtomicOp.OR: mgr.BVOr, AtomicOp.AND: mgr.BVAnd,
                      AtomicOp.XOR: mgr.BVXor}[insn.op]
                new = op(old, operand)
        state = self.store(state, address, size, new)
        if insn.op is AtomicOp.CMPXCHG:
            return _set(state, 0, old)
        if insn.fetch:
            return _set(state, insn.src, old)
        return state


def _set(state: SymState, n: int, value: Term) -> SymState:
    regs = list(state.regs)
    regs[n] = value
    return replace(state, regs=tuple(regs))


def _clobber_args(state: SymState, zero: Term) -> SymState:
    regs = list(state.regs)
    for n in range(1, 6):
        regs[n] = zero
    return replace(state, regs=tuple(regs))


def clobber_args(state: SymState, zero: Term) -> SymState:
    """After a call R1-R5 are unreadable (the kernel refuses a read); they read 0, as in the interpreter."""
    return _clobber_args(state, zero)


def _join(mgr: FormulaManager, parts: list[Term]) -> Term:
    """Little-endian bytes to one value."""
    value = parts[0]
    for part in parts[1:]:
        value = mgr.BVConcat(part, value)
    return value


def _constants(term: Term) -> list[Term]:
    found = []
    stack = [term]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if node.is_bv_constant():
            found.append(node)
        stack.extend(node.args())
    return found
