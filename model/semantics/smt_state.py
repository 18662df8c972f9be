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

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from pysmt.fnode import FNode
from pysmt.formula import FormulaManager
from pysmt.typing import BVType

from sleepcheck.model.isa.insn import (
    AddrSpaceCast,
    Alu,
    AluOp,
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
from sleepcheck.model.kernel import lookups
from sleepcheck.model.kernel.context_writes import (
    FIELD_SIZE,
    NarrowField,
    byte_masks,
    volatile_at,
    whole_value_at,
)
from sleepcheck.model.program import BpfObject, Function, RefKind
from sleepcheck.model.semantics import smt_alu as A
from sleepcheck.model.semantics.inputs import InputKind
from sleepcheck.model.semantics.kernel_addresses import KERNEL_HALF, KERNEL_TOP

Term = FNode
STACK_SIZE = 512
MAX_FRAMES = 16  # frames a store through an unknown address may reach: above the kernel's MAX_CALL_FRAMES (8)
# Where the encoding puts each object: in the kernel's half of the address space, as the kernel's own objects lie,
# and off any 4 GiB boundary, so that neither an address nor its low 32 bits is ever 0 (the verifier decides a JMP32
# test of a pointer it knows is not NULL, and a run of `(u32)&g` never meets 0). The stack and the context lie where
# the interpreter puts them (concrete_values.py), so a comparison of their addresses reads the same in both.
FRAME_BASE = 0xFFFF_C900_0000_0000
FRAME_STRIDE = 0x1_0000
CTX_BASE = 0xFFFF_8880_4000_0000
CTX_SIZE = 0x1_0000
# the u32 an array's walk keeps on the kernel's stack, holding the run's index, whose address it hands its callback as
# the key: one per depth of the walking frame, so that a walk inside a walk's callback keeps its own
WALK_KEY_BASE = 0xFFFF_C900_4000_0000
WALK_KEY_STRIDE = 0x10
DATA_BASE = 0xFFFF_A000_4000_0000
DATA_STRIDE = 0x1_0000_0000
MAP_BASE = 0xFFFF_A800_4000_0000
MAP_STRIDE = 0x1000
FUNC_BASE = 0xFFFF_FFFF_A000_0000
KSYM_STRIDE = 0x10
KSYM_BASE = 0xFFFF_B000_4000_0000  # a kernel function's or variable's address (bpf_ksym_exists): never 0 where it is
# runs of one value in read-only data (its bytes, with --rodata-unknown) a load at a computed address is spelled out
# over (more: an unknown), and bytes of a stack frame's
# (a store's: four times as many; a load's too with `wide_tables`, asked where a witness did not replay: a bpf_loop
# callback reading `args[i]` of a 64-byte context struct, j8a; always so, a packet parser timed out, j9d)
MAX_TABLE = 256
DIVIDING = frozenset({AluOp.DIV, AluOp.SDIV, AluOp.MOD, AluOp.SMOD})


def in_ctx(address: int) -> bool:
    return CTX_BASE <= address < CTX_BASE + CTX_SIZE


def walk_key(depth: int) -> int:
    """The address of the key an array's walk made from a frame of this depth hands its callback."""
    return WALK_KEY_BASE + depth * WALK_KEY_STRIDE


def in_walk_key(address: int) -> bool:
    return WALK_KEY_BASE <= address < WALK_KEY_BASE + MAX_FRAMES * WALK_KEY_STRIDE and \
        (address - WALK_KEY_BASE) % WALK_KEY_STRIDE < lookups.KEY_SIZE


def kernel_pointer(mgr: FormulaManager, term: Term) -> Term:
    """That a pointer the kernel hands over lies where kernel objects do (kernel_addresses.py)."""
    low = mgr.BVExtract(term, 0, 31)
    return mgr.And(mgr.BVUGE(term, mgr.BV(KERNEL_HALF, 64)), mgr.BVULT(term, mgr.BV(KERNEL_TOP, 64)),
                   mgr.Not(mgr.Equals(low, mgr.BV(0, 32))))


def kernel_pointer_or_null(mgr: FormulaManager, term: Term) -> Term:
    return mgr.Or(mgr.Equals(term, mgr.BV(0, 64)), kernel_pointer(mgr, term))


MASK64 = (1 << 64) - 1
# the operations choices() follows, by the pySMT test that names each
_CHOICE_OPS: dict[str, Callable[[int, int], int]] = {
    "is_bv_add": lambda a, b: a + b, "is_bv_sub": lambda a, b: a - b, "is_bv_mul": lambda a, b: a * b,
    "is_bv_lshl": lambda a, b: a << b if b < 64 else 0, "is_bv_and": lambda a, b: a & b,
    "is_bv_or": lambda a, b: a | b}


def frame_pointer(depth: int) -> int:
    return FRAME_BASE + (depth + 1) * FRAME_STRIDE


STACK_END = FRAME_BASE + 1024 * FRAME_STRIDE  # the addresses of every frame lie in [FRAME_BASE, STACK_END)


def frame_of(address: int) -> int | None:
    """The depth of the frame whose stack holds `address`, if any."""
    if not FRAME_BASE <= address < STACK_END:
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
    relocated: dict[tuple[str, int], Term] = field(default_factory=dict)  # CO-RE values, by instruction
    constants: dict[str, Term] = field(default_factory=dict)  # results that are one value for the run, by helper
    counter: int = 0
    # unknowns that may be stack addresses: loop-head values, and 8 bytes read from a frame at an address the
    # encoding does not spell out (a pointer spilled there, j9e)
    anywhere: set[Term] = field(default_factory=set)
    # put before every name: encodings that share a formula manager keep their unknowns apart (one width each)
    scope: str = ""

    def fresh(self, prefix: str, unknown: Unknown | None, width: int = 64) -> Term:
        self.counter += 1
        name = f"{self.scope}{prefix}#{self.counter}"
        if unknown is not None:
            self.origin[name] = unknown
        return self.mgr.Symbol(name, BVType(width))

    def may_be_anywhere(self, term: Term) -> bool:
        """Whether the term is built on an unknown that may be any stack address (`anywhere`)."""
        return bool(self.anywhere) and not self.anywhere.isdisjoint(term.get_free_variables())

    def ctx_byte(self, offset: int) -> Term:
        if offset not in self.ctx:
            self.ctx[offset] = self.fresh(f"ctx{offset}", Unknown(InputKind.CTX_BYTE, "", 0, offset, 8), 8)
        return self.ctx[offset]

    def run_constant(self, helper: str) -> Term:
        """A helper's result that is one value for the whole run: one unknown for every call of it."""
        if helper not in self.constants:
            self.constants[helper] = self.fresh(f"run@{helper}", Unknown(InputKind.RUN_CONSTANT, helper, 0), 64)
        return self.constants[helper]

    def co_re(self, function: str, insn: int) -> Term:
        """The value libbpf relocates into an instruction's immediate: one unknown for every run of it."""
        key = (function, insn)
        if key not in self.relocated:
            self.relocated[key] = self.fresh(f"core@{function}+{insn}", Unknown(InputKind.CO_RE, function, insn), 64)
        return self.relocated[key]

    def rodata_byte(self, section: str, offset: int) -> Term:
        key = (section, offset)
        if key not in self.rodata:
            self.rodata[key] = self.fresh(f"rodata{offset}", Unknown(InputKind.RODATA_BYTE, section, 0, offset, 8), 8)
        return self.rodata[key]


# a register, ("mem", address), ("saved", depth, register), or an engine's own record ("opened", region, depth)
Loc = int | tuple[str, int] | tuple[str, int, int] | tuple[str, str, int]


def mem(address: int) -> Loc:
    return ("mem", address)


class View(Protocol):
    """The machine state before an instruction, read one location at a time, so an encoding only builds the
    terms a query needs."""

    def reg(self, n: int) -> Term | None: ...

    def byte(self, address: int) -> Term | None: ...

    def word(self, address: int, size: int) -> Term | None:
        """The little-endian number in `size` bytes at a stack address; None where a byte has no value."""
        ...

    def frame_bytes(self, start: int, end: int) -> Iterable[int]:
        """The addresses in [start, end) whose bytes may hold a value, ascending (at most every one of them): asking
        each of a frame's 512 bytes through the encoding costs a walk back to the program's start per byte."""
        ...


@dataclass(frozen=True)
class Havoc:
    """Stack or context bytes [start, end) that become unknown. Filled by a call's pointer argument `arg` (for a
    call that changes the whole context, its R1), each byte is an input a witness names (its offset from `start`);
    `size`, where the byte count is not known in advance, leaves the bytes at or past it as they were. With `arg` 0
    (a store through an unknown stack address, a call whose writes are not known) the bytes are unknowns no run can
    name. `at`: the address the encoding computes for the first byte a call writes, where no constant is known
    (`&flags[i]`); [start, end) is then where it may fall, and a byte is filled where it lies `size` bytes or
    fewer past `at`. `stored`: for a store at such an address (`slots[i] = v` in a frame that holds too many bytes
    to spell out at once), the value: a byte becomes its byte where `at` lands on it, and stays as it was
    elsewhere."""

    start: int
    end: int
    arg: int = 0
    size: Term | None = None
    at: Term | None = None
    stored: Term | None = None


def object_at(obj: BpfObject, address: int) -> tuple[str, str, int] | None:
    """The map, data section or kernel symbol this encoding puts at an address (MAP_BASE, DATA_BASE, KSYM_BASE and
    their strides, each kind's names in sorted order), as (kind, name, offset into it); None for another address."""
    layout = (("data", obj.data, DATA_BASE, DATA_STRIDE), ("map", obj.maps, MAP_BASE, MAP_STRIDE),
              ("ksym", obj.externs, KSYM_BASE, KSYM_STRIDE))
    for kind, names, base, stride in layout:
        index, offset = divmod(address - base, stride)
        if address >= base and index < len(names):
            return kind, sorted(names)[index], offset
    return None


def choices(term: Term, limit: int = 16) -> frozenset[int] | None:
    """The values a 64-bit term can take where it is built from constants by if-then-else and arithmetic with
    constants (a stack address picked on branches, `&flags[slot]` with slot 0 or 1), at most `limit` of them; None
    where it is not such a term."""
    found = _choices(term, limit)
    return None if found is None else frozenset(found)


def _choices(term: Term, limit: int) -> set[int] | None:
    if term.is_bv_constant():
        return {int(term.constant_value())}
    if term.is_ite():
        then, other = _choices(term.arg(1), limit), _choices(term.arg(2), limit)
        return None if then is None or other is None or len(then | other) > limit else then | other
    for test, op in _CHOICE_OPS.items():
        if getattr(term, test)() and len(term.args()) == 2 and term.arg(0).bv_width() == 64:
            left, right = _choices(term.arg(0), limit), _choices(term.arg(1), limit)
            if left is None or right is None or len(left) * len(right) > limit * limit:
                return None
            values = {op(a, b) & MASK64 for a in left for b in right}
            return values if len(values) <= limit else None
    return None


def whole_frame(depth: int) -> Havoc:
    """Every byte of the frame at `depth` unknown."""
    return Havoc(frame_pointer(depth) - STACK_SIZE, frame_pointer(depth))


def whole_context() -> Havoc:
    """Every byte of the context unknown, no run naming them (a store or a write through a pointer that may be
    it)."""
    return Havoc(CTX_BASE, CTX_BASE + CTX_SIZE)


@dataclass
class Delta:
    """What an instruction changes: locations with their new values, and stack ranges that become unknown."""

    values: dict[Loc, Term] = field(default_factory=dict)
    havoc: list[Havoc] = field(default_factory=list)

    def set(self, n: int, value: Term) -> Delta:
        self.values[n] = value
        return self


@dataclass
class Semantics:
    """The instruction rules over a symbolic state, for one program being encoded."""

    mgr: FormulaManager
    obj: BpfObject
    symbols: Symbols
    rodata_unknown: bool
    absent: frozenset[str] = frozenset()  # weak kfunc externs the kernel lacks: their address reads 0
    map_index: dict[str, int] = field(default_factory=dict)
    data_index: dict[str, int] = field(default_factory=dict)
    func_index: dict[str, int] = field(default_factory=dict)
    core: frozenset[tuple[str, int]] = frozenset()  # instructions whose immediate is a CO-RE value
    narrow: dict[int, NarrowField] = field(default_factory=dict)  # the context's narrow fields, by offset
    masks: dict[int, int] = field(default_factory=dict)  # context offsets a load sees masked (a narrow field's)
    divides: bool = False  # a division or remainder by a computed value was encoded (solvers.FIRST_TRY)
    wide_tables: bool = False  # loads at computed stack addresses over as many held bytes as stores (MAX_TABLE)

    def __post_init__(self) -> None:
        self.core = self.obj.core_values()
        self.masks = byte_masks(self.narrow)
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

    def operand(self, view: View, src: Operand) -> Term:
        if isinstance(src, Imm):
            return A.imm64(self.mgr, src.value)
        return self.read_reg(view, src.n)

    def read_reg(self, view: View, n: int) -> Term:
        value = view.reg(n)
        if value is None:  # never written: the kernel refuses such reads, the interpreter reads 0
            return self.bv(0)
        return value

    def function_address(self, name: str) -> Term:
        """Where a function of the object is, as a callback argument holds it."""
        return self.bv(FUNC_BASE + 0x10 * self.func_index.get(name, 0))

    # --- memory ----------------------------------------------------------------------------------------------
    def frames_mentioned(self, term: Term) -> list[int]:
        """The frames whose addresses a computed address is built on: each constant in it that lies in a frame, or
        is a frame pointer itself (the top of its frame: `r10 + (-72 + i)` before any folding). More than one where
        the pointer is chosen (`p = c ? &local : outer`)."""
        depths: list[int] = []
        for sub in _constants(term):
            value = int(sub.constant_value())
            depth = frame_of(value)
            if depth is None:
                depth = frame_of(value - 1)
            if depth is not None and depth not in depths:
                depths.append(depth)
        return depths

    def load(self, view: View, address: Term, size: int, function: Function, index: int, tag: str,
             delta: Delta) -> Term:
        bits = size * 8
        where = self.constant(address)
        if where is None:
            where = self._unless_null(address)
        fresh = Unknown(InputKind.LOAD, function.name, index, 0, bits)
        if where is None:
            unknown = self.symbols.fresh(tag, fresh, bits)
            table = self._read_only_table(address, size, unknown)
            if table is not None:
                return table
            stacked = self._stack_table(view, address, size, unknown)
            if stacked is None and size == 8 and self.frames_mentioned(address):
                self.symbols.anywhere.add(unknown)  # a spilled stack pointer, maybe: a store through it reaches any
            return unknown if stacked is None else stacked
        if frame_of(where) is not None or in_walk_key(where):  # bytes a step before wrote
            if not any(mem(where + i) in delta.values for i in range(size)):
                word = view.word(where, size)
                return word if word is not None else self._unwritten(tag, fresh, bits)
            parts = [self._byte(view, delta, where + i) for i in range(size)]
            if any(part is None for part in parts):
                return self._unwritten(tag, fresh, bits)
            return join_bytes(self.mgr, parts)  # type: ignore[arg-type]
        if in_ctx(where) and self.narrow and volatile_at(self.narrow, where - CTX_BASE, size):
            return self.symbols.fresh(tag, fresh, bits)
        if in_ctx(where):  # a byte the program stored reads back as stored (syscall and tc contexts are writable)
            return join_bytes(self.mgr, [self._ctx_byte(view, delta, where + i) for i in range(size)])
        section = self._data_section(where)
        if section is not None:
            data = self.obj.data[section]
            offset = where - DATA_BASE - self.data_index[section] * DATA_STRIDE
            if data.read_only and not data.kernel_values and offset + size <= len(data.data):
                if self.rodata_unknown and not section.startswith(".kconfig"):  # the kernel's values
                    return join_bytes(self.mgr, [self.symbols.rodata_byte(section, offset + i) for i in range(size)])
                return self.bv(int.from_bytes(data.data[offset:offset + size], "little"), bits)
        return self.symbols.fresh(tag, fresh, bits)

    def _unwritten(self, tag: str, unknown: Unknown, bits: int) -> Term:
        """A stack word no step before gave a value: what a privileged program reads there, or a pointer a store at
        a computed address put there (it keeps only the bytes that held a value), which may be any stack address."""
        value = self.symbols.fresh(tag, unknown, bits)
        if bits == 64:
            self.symbols.anywhere.add(value)
        return value

    def _read_only_table(self, address: Term, size: int, otherwise: Term) -> Term | None:
        """A load at an address the code computes (`table[i & 3]`) inside read-only data: the value at each address
        it may read there, `otherwise` elsewhere. The object's bytes are spelled out as runs of one value (a sparse
        table of any size is a few runs); with --rodata-unknown, each byte of the section is its input, where the
        section is small enough to list. None where neither can be told."""
        for sub in _constants(address):
            section = self._data_section(int(sub.constant_value()))
            data = self.obj.data[section] if section is not None else None
            if section is None or data is None or not data.read_only or data.kernel_values:
                continue
            base = DATA_BASE + self.data_index[section] * DATA_STRIDE
            mgr = self.mgr
            if self.rodata_unknown and not section.startswith(".kconfig"):
                if len(data.data) > MAX_TABLE:
                    return None
                held = [(base + at, self.symbols.rodata_byte(section, at)) for at in range(len(data.data))]
                return self._bytes_at(address, held, size, otherwise)
            runs = value_runs(data.data, size)
            if len(runs) > MAX_TABLE:
                return None
            value = otherwise
            for low, high, found in runs:
                inside = mgr.Equals(address, self.bv(base + low)) if low == high else mgr.And(
                    mgr.BVULE(self.bv(base + low), address), mgr.BVULE(address, self.bv(base + high)))
                value = mgr.Ite(inside, self.bv(found, size * 8), value)
            return value
        return None

    def _stack_table(self, view: View, address: Term, size: int, garbage: Term) -> Term | None:
        """A load at an address the code computes in a stack frame (`buf[i]`): each byte the one at the address it
        lands on, among the frame's bytes that hold a value here, else the byte of `garbage` (the load's input, as
        an uninitialised byte reads); None where the frame is not known or holds too many bytes to spell out."""
        held: list[tuple[int, Term]] = []
        for depth in self.frames_mentioned(address):
            found = _held(view, depth, (4 if self.wide_tables else 1) * MAX_TABLE // size)
            if found is None:
                return None
            held.extend(found)
        if not held:
            return None
        return self._bytes_at(address, held, size, garbage)

    def _bytes_at(self, address: Term, held: list[tuple[int, Term]], size: int, otherwise: Term) -> Term:
        """The `size` bytes at `address` among the bytes `held` (address, byte), each byte of `otherwise` where its
        address holds none. Byte i is the one at address + i: compared as address == at - i, so that the bytes of
        one load, and loads at one address, share their comparisons."""
        mgr = self.mgr
        return join_bytes(mgr, [self._look_up(address, [((at - i) & MASK64, found) for at, found in held],
                                              mgr.BVExtract(otherwise, 8 * i, 8 * i + 7)) for i in range(size)])

    def _look_up(self, address: Term, table: list[tuple[int, Term]], otherwise: Term) -> Term:
        """The value at `address` where it is one of the table's, `otherwise` elsewhere (outside a read-only section
        the kernel refuses the load; an uninitialised stack byte reads the load's input)."""
        value = otherwise
        for at, found in table:
            value = self.mgr.Ite(self.mgr.Equals(address, self.bv(at)), found, value)
        return value

    @staticmethod
    def _unless_null(address: Term) -> int | None:
        """The address a pointer that is either NULL or one known address holds where a load goes through it (a
        numbers iterator's next, reached from more than one call): the kernel refuses a load through a pointer that
        may still be NULL, so a run that loads through it has it non-NULL."""
        address, offset = _without_offset(address)
        found = _ite_leaves(address, 2)
        if found is None:
            return None
        found.discard(0)
        return (found.pop() + offset) & MASK64 if len(found) == 1 else None

    def _ctx_byte(self, view: View, delta: Delta, address: int) -> Term:
        stored = self._byte(view, delta, address)
        if stored is not None:
            return stored
        return self.ctx_input(address - CTX_BASE, self.symbols.ctx_byte)

    def _whole_field(self, view: View, address: Term, size: int, delta: Delta) -> Term | None:
        """A load of part of a narrow context field that reads the kernel's load of the whole field, as 64 bits."""
        if not self.narrow:  # most contexts have none: no need to fold the address on every load
            return None
        where = self.constant(address)
        start = whole_value_at(self.narrow, where - CTX_BASE, size) if where is not None and in_ctx(where) else None
        if start is None:
            return None
        return A.zext64(self.mgr, join_bytes(self.mgr, [self._ctx_byte(view, delta, CTX_BASE + start + i)
                                                        for i in range(FIELD_SIZE)]))

    def ctx_input(self, offset: int, byte: Callable[[int], Term]) -> Term:
        """A context byte the program did not store, from its input `byte(offset)`: as the kernel's field reads."""
        mask = self.masks.get(offset)
        if mask is None:
            return byte(offset)
        return self.bv(0, 8) if mask == 0 else self.mgr.BVAnd(byte(offset), self.bv(mask, 8))

    @staticmethod
    def _byte(view: View, delta: Delta, address: int) -> Term | None:
        written = delta.values.get(mem(address))
        return written if written is not None else view.byte(address)

    def _data_section(self, address: int) -> str | None:
        if not DATA_BASE <= address < DATA_BASE + len(self.data_index) * DATA_STRIDE:
            return None
        index = (address - DATA_BASE) // DATA_STRIDE
        for name, i in self.data_index.items():
            if i == index:
                return name
        return None

    def store(self, address: Term, size: int, value: Term, delta: Delta, view: View,
              immediate: bool = False) -> Delta:
        """`immediate`: the value is the instruction's own (sign-extended), as a narrow context field reads it."""
        where = self.constant(address)
        if where is not None:
            narrow = self.narrow.get(where - CTX_BASE) if in_ctx(where) else None
            if in_ctx(where) and self.narrow and volatile_at(self.narrow, where - CTX_BASE, size):
                return delta
            if narrow is not None and narrow.kept and size == FIELD_SIZE:
                return self._store_narrow(where, narrow, value, delta, view, immediate)
            if frame_of(where) is not None or in_ctx(where):
                for i in range(size):
                    delta.values[mem(where + i)] = self.mgr.BVExtract(value, 8 * i, 8 * i + 7)
            return delta
        chosen = _chosen_addresses(address)
        if chosen is not None:
            return self._store_chosen(view, address, chosen, size, value, delta)
        depths = self.frames_mentioned(address)
        for depth in depths:
            if not self._store_table(view, address, size, value, depth, delta):  # each byte, when read
                top = frame_pointer(depth)
                stored = value if size == 8 else self.mgr.BVExtract(value, 0, 8 * size - 1)  # the store's bytes
                delta.havoc.append(Havoc(top - STACK_SIZE, top, 0, self.bv(size), address, stored))
        if self.mentions_context(address):
            delta.havoc.append(whole_context())
        if self.symbols.may_be_anywhere(address):  # a loop head's value, maybe chosen against a frame's address
            delta.havoc.extend(whole_frame(depth) for depth in range(MAX_FRAMES) if depth not in depths)
        return delta

    @staticmethod
    def mentions_context(term: Term) -> bool:
        """Whether a computed address may be built on the context's (a pointer chosen between it and another)."""
        return any(in_ctx(int(sub.constant_value())) for sub in _constants(term))

    def _store_chosen(self, view: View, address: Term, chosen: list[int], size: int, value: Term,
                      delta: Delta) -> Delta:
        """A store through a pointer that is one of a few known addresses (`p = c ? &local : outer`, the verifier
        following each choice on its own path): each byte at each of them becomes the stored byte where the pointer
        is that address, else stays. A stack byte that holds no value stays so (a load reads it as any value);
        a context with fields the kernel keeps narrower becomes unknown."""
        mgr = self.mgr
        for at in chosen:
            if in_ctx(at) and self.narrow:
                delta.havoc.append(whole_context())
                continue
            if frame_of(at) is None and not in_ctx(at):  # maps, globals: loads read them as inputs
                continue
            here = mgr.Equals(address, self.bv(at))
            for i in range(size):
                old = self._ctx_byte(view, delta, at + i) if in_ctx(at + i) else self._byte(view, delta, at + i)
                if old is not None:
                    delta.values[mem(at + i)] = mgr.Ite(here, mgr.BVExtract(value, 8 * i, 8 * i + 7), old)
        return delta

    def _store_narrow(self, where: int, narrow: NarrowField, value: Term, delta: Delta, view: View,
                      immediate: bool) -> Delta:
        """A whole store to a context field the kernel keeps narrower: its low bytes, the rest 0, or nothing where
        the value is out of the field's range."""
        mgr = self.mgr
        skip = mgr.FALSE()
        if narrow.skip_from is not None:
            skip = mgr.BVSGE(value, self.bv(narrow.skip_from)) if immediate else \
                mgr.BVUGE(value, self.bv(narrow.skip_from))
        skip = skip.simplify()
        for i in range(FIELD_SIZE):
            new = mgr.BVExtract(value, 8 * i, 8 * i + 7) if i < narrow.kept else self.bv(0, 8)
            if not skip.is_false():
                new = mgr.Ite(skip, self._ctx_byte(view, delta, where + i), new)
            delta.values[mem(where + i)] = new
        return delta

    def lands_on(self, address: Term, size: int, start: int | Term, length: int) -> Term:
        """Whether a store of `size` bytes at `address` reaches a byte of the stack range [start, start + length),
        as `store` lands it: a computed address only in the frame it is built on (or anywhere, for a loop head's
        value); elsewhere never. A range whose start is a term (a pointer the code computed) may be anywhere."""
        mgr = self.mgr
        where = self.constant(address)
        if isinstance(start, int):
            if where is not None:
                return mgr.Bool(start - size < where < start + length)
            if not self.symbols.may_be_anywhere(address) and frame_of(start) not in self.frames_mentioned(address):
                return mgr.FALSE()
            start = self.bv(start)
        return mgr.And(mgr.BVUGT(address, mgr.BVSub(start, self.bv(size))),
                       mgr.BVULT(address, mgr.BVAdd(start, self.bv(length))))

    def _store_table(self, view: View, address: Term, size: int, value: Term, depth: int, delta: Delta) -> bool:
        """A store at an address the code computes in a stack frame (`flags[i] = 1`): each byte of the frame that
        holds a value becomes the stored byte where the address lands on it, else stays; a byte that holds none
        stays unknown (a load reads it as any value, the stored one included). False where the frame holds too many
        bytes to spell out (the whole frame then becomes unknown)."""
        held = _held(view, depth, 4 * MAX_TABLE // size)
        if not held:
            return False
        mgr = self.mgr
        for at, byte in held:
            new = byte
            for i in range(size):
                new = mgr.Ite(mgr.Equals(address, self.bv(at - i)), mgr.BVExtract(value, 8 * i, 8 * i + 7), new)
            delta.values[mem(at)] = new
        return True

    def _co_re(self, function: str, index: int) -> Term:
        """A CO-RE value: the target kernel's where it was resolved, else an input."""
        value = self.obj.core_resolved.get((function, index))
        return self.symbols.co_re(function, index) if value is None else self.bv(value)

    # --- instructions ----------------------------------------------------------------------------------------
    def execute(self, view: View, insn: Insn, function: Function, index: int, tag: str) -> Delta:
        """Every instruction but calls, jumps and exit, which the engine handles with the control flow."""
        mgr = self.mgr
        delta = Delta()
        reg = lambda n: self.read_reg(view, n)  # noqa: E731
        relocated = (function.name, index) in self.core
        match insn:
            case Alu(op, wide, dst, src):
                right = self._co_re(function.name, index) if relocated else self.operand(view, src)
                if op in DIVIDING and not right.is_bv_constant():
                    self.divides = True
                return delta.set(dst, A.alu(mgr, op, wide, reg(dst), right))
            case Neg(wide, dst):
                return delta.set(dst, A.neg(mgr, wide, reg(dst)))
            case Mov(wide, dst, src):
                value = self._co_re(function.name, index) if relocated else self.operand(view, src)
                return delta.set(dst, value if wide else A.zext64(mgr, A.low32(mgr, value)))
            case MovSx(wide, dst, src, bits):
                return delta.set(dst, A.zext64(mgr, A.sext(mgr, reg(src), bits, 64 if wide else 32)))
            case AddrSpaceCast(dst, src):
                return delta.set(dst, reg(src))
            case Endian(dst, order, bits):
                return delta.set(dst, A.endian(mgr, order, bits, reg(dst)))
            case LoadImm64(dst=dst):
                value = self._co_re(function.name, index) if relocated else \
                    self._address_of(insn, function, index, tag)
                return delta.set(dst, value)
            case Load(size, dst, src, off, signed):
                address = mgr.BVAdd(reg(src), A.imm64(mgr, off))
                whole = self._whole_field(view, address, int(size), delta)
                if whole is not None:
                    return delta.set(dst, whole)
                value = self.load(view, address, int(size), function, index, tag, delta)
                return delta.set(dst, A.sext(mgr, value, int(size) * 8, 64) if signed else A.zext64(mgr, value))
            case Store(size, dst, off, src):
                return self.store(mgr.BVAdd(reg(dst), A.imm64(mgr, off)), int(size), self.operand(view, src), delta,
                                  view, immediate=isinstance(src, Imm))
            case Atomic():
                return self._atomic(view, insn, function, index, tag, delta)
            case PacketLoad(size):
                value = self.symbols.fresh(tag, Unknown(InputKind.LOAD, function.name, index, 0, int(size) * 8),
                                           int(size) * 8)
                delta.set(0, A.zext64(mgr, value))
                for n in range(1, 6):
                    delta.set(n, self.bv(0))
                return delta
        raise AssertionError(f"not a straight-line instruction: {insn!r}")

    def _address_of(self, insn: LoadImm64, function: Function, index: int, tag: str) -> Term:
        ref = function.refs.get(index)
        if ref is None:
            if insn.pseudo is Pseudo.NONE:
                return self.bv(insn.value)
            return self.bv(MAP_BASE + MAP_STRIDE * (len(self.map_index) + insn.lo))
        match ref.kind:
            case RefKind.MAP:
                return self.bv(MAP_BASE + MAP_STRIDE * self.map_index.get(ref.target, len(self.map_index)))
            case RefKind.DATA if ref.target in self.data_index:
                return self.bv(DATA_BASE + self.data_index[ref.target] * DATA_STRIDE + ref.offset)
            case RefKind.FUNC_ADDR:
                return self.function_address(ref.target)
            case RefKind.KSYM if ref.target in self.absent:
                return self.bv(0)  # bpf_ksym_exists() of a weak extern this kernel lacks
            case RefKind.KSYM if (extern := self.obj.externs.get(ref.target)) is not None and \
                    extern.kind in ("kfunc", "ksym"):
                return self.bv(KSYM_BASE + KSYM_STRIDE * sorted(self.obj.externs).index(ref.target))
        return self.symbols.fresh(tag, Unknown(InputKind.LOAD, function.name, index), 64)

    def _atomic(self, view: View, insn: Atomic, function: Function, index: int, tag: str, delta: Delta) -> Delta:
        mgr = self.mgr
        size = int(insn.size)
        bits = size * 8
        reg = lambda n: self.read_reg(view, n)  # noqa: E731
        if insn.op is AtomicOp.LOAD_ACQUIRE:
            address = mgr.BVAdd(reg(insn.src), A.imm64(mgr, insn.off))
            return delta.set(insn.dst, A.zext64(mgr, self.load(view, address, size, function, index, tag, delta)))
        address = mgr.BVAdd(reg(insn.dst), A.imm64(mgr, insn.off))
        operand = A.zext64(mgr, mgr.BVExtract(reg(insn.src), 0, bits - 1)) if bits < 64 else reg(insn.src)
        if insn.op is AtomicOp.STORE_RELEASE:
            return self.store(address, size, operand, delta, view)
        old = A.zext64(mgr, self.load(view, address, size, function, index, tag, delta))
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
        self.store(address, size, new, delta, view)
        if insn.op is AtomicOp.CMPXCHG:
            return delta.set(0, old)
        if insn.fetch:
            return delta.set(insn.src, old)
        return delta


def _held(view: View, depth: int, most: int) -> list[tuple[int, Term]] | None:
    """The bytes of a stack frame that hold a value in the view, with their addresses; None where more than `most`
    do (too many to spell out, and each costs a look back through the encoding)."""
    top = frame_pointer(depth)
    held: list[tuple[int, Term]] = []
    for at in view.frame_bytes(top - STACK_SIZE, top):
        byte = view.byte(at)
        if byte is not None:
            held.append((at, byte))
            if len(held) > most:
                return None
    return held


def join_bytes(mgr: FormulaManager, parts: list[Term]) -> Term:
    """Little-endian bytes to one value."""
    value = parts[0]
    for part in parts[1:]:
        value = mgr.BVConcat(part, value)
    return value


@functools.lru_cache(maxsize=64)
def value_runs(data: bytes, size: int) -> tuple[tuple[int, int, int], ...]:
    """The offsets a load of `size` bytes may start at in `data`, as runs (first, last, value) of offsets that read
    one value."""
    runs: list[tuple[int, int, int]] = []
    for at in range(len(data) - size + 1):
        value = int.from_bytes(data[at:at + size], "little")
        if runs and runs[-1][2] == value and runs[-1][1] == at - 1:
            runs[-1] = (runs[-1][0], at, value)
        else:
            runs.append((at, at, value))
    return tuple(runs)


MAX_CHOSEN = 8  # the addresses a chosen pointer's store is spelled out over (more: as a computed address)


def _ite_leaves(term: Term, most: int) -> set[int] | None:
    """The values an if-then-else of constants may take; None where it has other leaves or more than `most`."""
    found: set[int] = set()
    work = [term]
    while work and len(found) <= most:
        node = work.pop()
        if node.is_ite():
            work.extend((node.arg(1), node.arg(2)))
            continue
        if not node.is_bv_constant():
            node = node.simplify()  # `r10 + -16`, not folded
        if not node.is_bv_constant():
            return None
        found.add(int(node.constant_value()))
    return found if len(found) <= most else None


def _without_offset(address: Term) -> tuple[Term, int]:
    """A load's or store's address as its pointer and its constant offset."""
    if address.is_bv_add() and address.arg(1).is_bv_constant():
        return address.arg(0), int(address.arg(1).constant_value())
    return address, 0


def _chosen_addresses(address: Term) -> list[int] | None:
    """The addresses a store's pointer may be where it is chosen among constants (plus the store's offset)."""
    address, offset = _without_offset(address)
    found = _ite_leaves(address, MAX_CHOSEN)
    return None if found is None else sorted((at + offset) & MASK64 for at in found)


def _constants(term: Term) -> list[Term]:
    """The constants a term's value may be built from: an if-then-else's condition is not among them (a pointer
    compared with NULL, or an iterator's address tested for its end, does not make the value an address)."""
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
        stack.extend(node.args()[1:] if node.is_ite() else node.args())
    return found
