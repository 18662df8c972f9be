"""The eBPF instruction set as a closed family of frozen records.

Bytes are decoded once into these types (RFC 9669, cpu v1 to v4, and the kernel's later additions: may_goto,
load-acquire/store-release, addr_space_cast); every later stage matches on them and never looks at opcodes again.
Immediates and offsets are kept signed, as the kernel reads them; a 64-bit immediate is kept as its two halves
because a pseudo source gives each half its own meaning.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from itertools import repeat

R0, R1, R2, R3, R4, R5, R6, R7, R8, R9, R10 = range(11)
FRAME_POINTER = R10
NUM_REGS = 11


@dataclass(frozen=True, slots=True)
class Reg:
    n: int


@dataclass(frozen=True, slots=True)
class Imm:
    value: int


Operand = Reg | Imm


class AluOp(enum.Enum):
    ADD = "+"
    SUB = "-"
    MUL = "*"
    DIV = "/"
    SDIV = "s/"
    OR = "|"
    AND = "&"
    LSH = "<<"
    RSH = ">>"
    MOD = "%"
    SMOD = "s%"
    XOR = "^"
    ARSH = "s>>"

    # by identity, in C: the interpreter looks operations up in tables (Enum's own __hash__ is Python code)
    __hash__ = object.__hash__


class JmpOp(enum.Enum):
    JEQ = "=="
    JGT = ">"
    JGE = ">="
    JSET = "&"
    JNE = "!="
    JSGT = "s>"
    JSGE = "s>="
    JLT = "<"
    JLE = "<="
    JSLT = "s<"
    JSLE = "s<="

    __hash__ = object.__hash__  # as AluOp's


class Size(enum.IntEnum):
    """Access width in bytes."""

    B = 1
    H = 2
    W = 4
    DW = 8


class ByteOrder(enum.Enum):
    LE = "le"
    BE = "be"
    SWAP = "bswap"


class AtomicOp(enum.Enum):
    ADD = "+"
    OR = "|"
    AND = "&"
    XOR = "^"
    XCHG = "xchg"
    CMPXCHG = "cmpxchg"
    LOAD_ACQUIRE = "load_acquire"
    STORE_RELEASE = "store_release"


class Pseudo(enum.IntEnum):
    """The src_reg field of ld_imm64: what the 64-bit immediate refers to."""

    NONE = 0
    MAP_FD = 1
    MAP_VALUE = 2
    BTF_ID = 3
    FUNC = 4
    MAP_IDX = 5
    MAP_IDX_VALUE = 6


class CallKind(enum.IntEnum):
    """The src_reg field of a call."""

    HELPER = 0
    LOCAL = 1
    KFUNC = 2


class PacketMode(enum.Enum):
    ABS = "abs"
    IND = "ind"


@dataclass(frozen=True, slots=True)
class Alu:
    op: AluOp
    wide: bool
    dst: int
    src: Operand


@dataclass(frozen=True, slots=True)
class Neg:
    wide: bool
    dst: int


@dataclass(frozen=True, slots=True)
class Mov:
    wide: bool
    dst: int
    src: Operand


@dataclass(frozen=True, slots=True)
class MovSx:
    """Sign-extending register move (cpu v4): the low `bits` of src, sign-extended."""

    wide: bool
    dst: int
    src: int
    bits: int


@dataclass(frozen=True, slots=True)
class AddrSpaceCast:
    dst: int
    src: int
    dst_as: int
    src_as: int


@dataclass(frozen=True, slots=True)
class Endian:
    dst: int
    order: ByteOrder
    bits: int


@dataclass(frozen=True, slots=True)
class LoadImm64:
    """ld_imm64: two slots. `lo` and `hi` are the two 32-bit immediates, unsigned."""

    dst: int
    pseudo: Pseudo
    lo: int
    hi: int

    @property
    def value(self) -> int:
        return (self.hi << 32) | self.lo


@dataclass(frozen=True, slots=True)
class Load:
    size: Size
    dst: int
    src: int
    off: int
    signed: bool = False


@dataclass(frozen=True, slots=True)
class Store:
    size: Size
    dst: int
    off: int
    src: Operand


@dataclass(frozen=True, slots=True)
class Atomic:
    """STX|ATOMIC, fields as encoded: for LOAD_ACQUIRE, `dst` is loaded from memory at `src + off`; for every other
    op the memory is at `dst + off` and `src` is the value (and, with `fetch`, receives the old value)."""

    size: Size
    op: AtomicOp
    dst: int
    src: int
    off: int
    fetch: bool = False


@dataclass(frozen=True, slots=True)
class PacketLoad:
    """Legacy LD_ABS / LD_IND: R0 = packet[imm] or packet[src + imm]."""

    size: Size
    mode: PacketMode
    src: int
    imm: int


@dataclass(frozen=True, slots=True)
class Jump:
    op: JmpOp
    wide: bool
    dst: int
    src: Operand
    off: int


@dataclass(frozen=True, slots=True)
class Goto:
    """Unconditional jump; `long` is gotol (JMP32|JA, offset in imm)."""

    off: int
    long: bool = False


@dataclass(frozen=True, slots=True)
class MayGoto:
    """may_goto: the kernel may take the jump once a hidden loop budget runs out."""

    off: int


@dataclass(frozen=True, slots=True)
class Call:
    kind: CallKind
    imm: int
    off: int = 0


@dataclass(frozen=True, slots=True)
class Exit:
    pass


Insn = (
    Alu | Neg | Mov | MovSx | AddrSpaceCast | Endian | LoadImm64 | Load | Store | Atomic | PacketLoad | Jump | Goto
    | MayGoto | Call | Exit
)


def slot_count(insn: Insn) -> int:
    """ld_imm64 is the one instruction that takes two 8-byte slots."""
    return 2 if isinstance(insn, LoadImm64) else 1


@dataclass(frozen=True)
class Code:
    """A function's instructions in slot order, with the slot each starts at."""

    insns: tuple[Insn, ...]
    slots: tuple[int, ...]

    @staticmethod
    def of(insns: tuple[Insn, ...] | list[Insn]) -> Code:
        slots: list[int] = []
        slot = 0
        for insn in insns:
            slots.append(slot)
            slot += slot_count(insn)
        return Code(tuple(insns), tuple(slots))

    @property
    def slot_total(self) -> int:
        if not self.insns:
            return 0
        return self.slots[-1] + slot_count(self.insns[-1])

    def index_of_slot(self, slot: int) -> int | None:
        """The instruction index that starts at `slot`, or None where no instruction starts there."""
        lo, hi = 0, len(self.slots)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.slots[mid] < slot:
                lo = mid + 1
            else:
                hi = mid
        return lo if lo < len(self.slots) and self.slots[lo] == slot else None

    def __len__(self) -> int:
        return len(self.insns)


def jump_indices(code: Code) -> list[int]:
    """The indices of the jumps, found by bytes.find over a byte per instruction (a function can have 100,000)."""
    marks = bytes(map(_IS_JUMP.get, map(type, code.insns), repeat(0)))
    found: list[int] = []
    index = marks.find(1)
    while index >= 0:
        found.append(index)
        index = marks.find(1, index + 1)
    return found


_IS_JUMP: dict[type, int] = {Jump: 1, Goto: 1, MayGoto: 1}
