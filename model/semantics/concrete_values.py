"""Values of the concrete interpreter: a register or memory word is a scalar (an int below 2**64) or a pointer.

A pointer remembers what it points into (its region and identity) and its offset there, because what a load means
depends on it: stack bytes are the program's own, context bytes are inputs stable for the run, frozen `.rodata`
holds the object's bytes, and everything else is memory another CPU may change. A pointer also has a numeric
address, used wherever a program does arithmetic on it that is not pointer arithmetic (the kernel mostly refuses
that; the interpreter must not crash on it). A scalar is never turned back into a pointer: memory reached through a
scalar is "other" memory, as the vocabulary of unknowns (`inputs.py`) says of every memory that is not stack,
context or frozen data.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sleepcheck.model.semantics.concrete_alu import MASK64


class RegionKind(enum.Enum):
    STACK = "stack"  # identity: the frame's number in the run
    CTX = "ctx"
    GLOBAL = "global"  # identity: the data section's name
    MAP = "map"  # a map itself (ld_imm64 of a map); identity: the map's name
    # an element bpf_map_lookup_elem found; identity: (map name, key as a little-endian number); slot: the lookup's
    # result, which is the pointer's address, so the pointer's arithmetic is the input's
    MAP_VALUE = "map_value"
    FUNC = "func"  # a function's address (a callback); identity: a CodeTarget
    OTHER = "other"  # anything else: kernel objects, callback arguments, ksyms
    # the u32 index an array's walk keeps on the kernel's stack and hands its callback as the key, one per walk that
    # runs, rewritten at each run (Memory.walk_keys); identity and slot: the depth of the frame whose call walks
    WALK_KEY = "walk_key"


@dataclass(frozen=True, slots=True)
class CodeTarget:
    """Where a call or a callback enters: a function of the object and an instruction index in it (0 for a function
    the program model split out; another index for a subprogram called by offset inside asm text)."""

    function: str
    start: int = 0


# Numeric bases, far apart and in the kernel's half of the address space, so no two regions overlap and no small
# scalar an enumerator tries equals a pointer; off 4 GiB boundaries, so no address has 0 for its low 32 bits (as
# the SMT encoding's, smt_state.py, whose stack and context lie here too).
_STACK_BASE = 0xFFFF_C900_0000_0000
_STACK_STRIDE = 0x1_0000
_CTX_BASE = 0xFFFF_8880_4000_0000
_WALK_KEY_BASE = 0xFFFF_C900_4000_0000
_WALK_KEY_STRIDE = 0x10
_NAMED_BASE = {RegionKind.GLOBAL: 0xFFFF_A000_4000_0000, RegionKind.MAP: 0xFFFF_A800_4000_0000,
               RegionKind.FUNC: 0xFFFF_FFFF_A000_0000, RegionKind.OTHER: 0xFFFF_B000_4000_0000}


@dataclass(frozen=True, slots=True)
class Pointer:
    region: RegionKind
    identity: int | str | CodeTarget | tuple[str, int]
    offset: int = 0  # signed; for the stack, relative to the frame pointer (r10), so in [-512, 0)
    slot: int = 0  # the region's index among its kind, fixing its numeric address

    @property
    def address(self) -> int:
        match self.region:
            case RegionKind.STACK:
                base = _STACK_BASE + (self.slot + 1) * _STACK_STRIDE
            case RegionKind.CTX:
                base = _CTX_BASE
            case RegionKind.MAP_VALUE:
                base = self.slot
            case RegionKind.WALK_KEY:
                base = _WALK_KEY_BASE + self.slot * _WALK_KEY_STRIDE
            case _:
                base = _NAMED_BASE[self.region] + (self.slot << 24)
        return (base + self.offset) & MASK64

    def moved(self, delta: int) -> Pointer:
        return Pointer(self.region, self.identity, self.offset + delta, self.slot)

    def same_object(self, other: Pointer) -> bool:
        return (self.region, self.identity, self.slot) == (other.region, other.identity, other.slot)


Value = int | Pointer


def numeric(value: Value) -> int:
    return value.address if isinstance(value, Pointer) else value
