"""The memory of the concrete interpreter: stack frames as bytes, the context as input bytes, frozen `.rodata` as the
object's bytes, and every other memory as fresh unknowns.

Rules, each chosen to say what a real execution does and to match the vocabulary of unknowns (`inputs.py`):
- Each frame has 512 bytes below its frame pointer. A byte holds a number, a fragment of a spilled pointer, or
  nothing yet. A load of 8 bytes that are exactly one pointer's 8 fragments in order gives the pointer back (a
  spill and fill); any other load gives the bytes' numbers little-endian, a pointer's fragments giving its address.
- A stack byte never written is garbage in a real run (a privileged loader may read uninitialised stack): the load
  reads a LOAD input at its own site and takes the missing bytes from it, so with the default input 0 they read 0.
- Context bytes are CTX_BYTE inputs, one per offset, stable for the run; a store to the context (skb->mark and the
  like), or a call's write through a pointer into it, is seen by later loads, as in a real run. After a call that
  changes the context's fields (`bpf_skb_change_tail`, see model/kernel/context_writes.py), each byte not stored
  since reads that call's WRITTEN input. A field the kernel keeps narrower (`protocol`, see
  context_writes.NarrowField) reads its input bytes masked to it, and a load of part of it no narrower than the
  kernel's own load of it reads the whole field; a whole store to one the program may store
  (`tc_index`) keeps its low bytes, or nothing where the value is out of the field's range.
- A read-only data section holds the object's bytes (RODATA_BYTE inputs, keyed by section and offset, with
  `rodata_unknown`), `.kconfig` the kernel's where the object was relocated for one; a `.kconfig` that was not,
  writable sections, maps, packets, kernel memory and memory reached
  through a scalar give a LOAD input at every load, keyed by the load's site. Stores there do not change what a
  later load reads: it is a fresh input anyway (another CPU may have written the memory since).
- Stores into a map element a lookup found (a MAP_VALUE pointer, see `concrete_values.py`) are recorded all the
  same, byte by byte, as `map_writes`: (map, key, offset in the value) -> the last byte written, so a run can be
  compared with the map's contents after a real one. Atomic updates are stores; a pointer stored there is recorded
  as the bytes of its address, which is the interpreter's, not the kernel's. A helper's writes into a map value,
  and stores through a scalar or into an element whose key the program did not spell out, are not recorded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sleepcheck.model.kernel import lookups
from sleepcheck.model.kernel.context_writes import (
    FIELD_SIZE,
    NarrowField,
    byte_masks,
    volatile_at,
    whole_value_at,
)
from sleepcheck.model.program import DataSection
from sleepcheck.model.semantics.concrete_alu import signed
from sleepcheck.model.semantics.concrete_inputs import InputReader
from sleepcheck.model.semantics.concrete_values import Pointer, RegionKind, Value, numeric
from sleepcheck.model.semantics.inputs import InputKind, written_detail

STACK_SIZE = 512


class MemoryFault(Exception):
    """An access no real run could make (outside a stack frame): the kernel refuses such programs."""


@dataclass(frozen=True, slots=True)
class Site:
    """The instruction execution a load belongs to, keying its LOAD input."""

    function: str
    insn: int
    occurrence: int


@dataclass(frozen=True, slots=True)
class _Fragment:
    pointer: Pointer
    index: int


_Cell = int | _Fragment | None
MapByte = tuple[str, int, int]  # (map name, key as a little-endian number, byte offset in the value)


def _to_bytes(value: Value, size: int) -> list[_Cell]:
    if isinstance(value, Pointer) and size == 8:
        return [_Fragment(value, i) for i in range(8)]
    return list(numeric(value).to_bytes(8, "little")[:size])


class Memory:
    def __init__(self, reader: InputReader, data: Mapping[str, DataSection], rodata_unknown: bool,
                 narrow: dict[int, NarrowField]) -> None:
        self._reader = reader
        self._narrow = narrow
        self._masks = byte_masks(narrow)
        self._data = data
        self._rodata_unknown = rodata_unknown
        self._stacks: dict[int, list[_Cell]] = {}
        self._ctx_written: dict[int, int] = {}
        self._ctx_changed: Site | None = None  # the last call that changed the context, if any
        self.map_writes: dict[MapByte, int] = {}
        # the index each array walk under way holds in its key, by the depth of the frame that walks: one u32 the
        # walk rewrites at each run, so a pointer to it kept from an earlier run reads the current index
        self.walk_keys: dict[int, int] = {}

    def new_frame(self) -> Pointer:
        """A fresh frame; the pointer is its frame pointer (r10)."""
        frame = len(self._stacks)
        self._stacks[frame] = [None] * STACK_SIZE
        return Pointer(RegionKind.STACK, frame, 0, frame)

    def load(self, base: Value, off: int, size: int, site: Site) -> Value:
        if not isinstance(base, Pointer):
            return self._fresh(size, site)
        at = base.offset + off
        match base.region:
            case RegionKind.STACK:
                return self._load_stack(base, at, size, site)
            case RegionKind.CTX:
                if self._narrow and volatile_at(self._narrow, at, size):
                    return self._fresh(size, site)
                start = whole_value_at(self._narrow, at, size) if self._narrow else None
                if start is not None:  # the kernel's own load of the whole field
                    return self._from_bytes([self._ctx_byte(start + i) for i in range(FIELD_SIZE)])
                return self._from_bytes([self._ctx_byte(at + i) for i in range(size)])
            case RegionKind.GLOBAL:
                return self._load_global(str(base.identity), at, size, site)
            case RegionKind.WALK_KEY if at >= 0 and at + size <= lookups.KEY_SIZE:
                return self.walk_keys.get(base.slot, 0) >> (8 * at) & ((1 << (8 * size)) - 1)
        return self._fresh(size, site)

    def store(self, base: Value, off: int, size: int, value: Value, immediate: bool = False) -> None:
        """`immediate`: the value is a store instruction's own (sign-extended), which a narrow context field
        compares as signed."""
        if not isinstance(base, Pointer):
            return
        at = base.offset + off
        match base.region:
            case RegionKind.STACK:
                stack, start = self._frame_bytes(base, at, size)
                stack[start:start + size] = _to_bytes(value, size)
            case RegionKind.CTX:
                if self._narrow and volatile_at(self._narrow, at, size):
                    return
                number = numeric(value)
                field = self._narrow.get(at)
                if field is not None and field.kept and size == FIELD_SIZE:
                    if field.skip_from is not None and \
                            (signed(number, 64) if immediate else number) >= field.skip_from:
                        return
                    number &= (1 << 8 * field.kept) - 1
                for i, byte in enumerate(number.to_bytes(8, "little")[:size]):
                    self._ctx_written[at + i] = byte
            case RegionKind.MAP_VALUE:
                name, key = base.identity  # type: ignore[misc]
                for i, byte in enumerate(numeric(value).to_bytes(8, "little")[:size]):
                    self.map_writes[(name, key, at + i)] = byte

    def fill(self, base: Pointer, data: list[int]) -> None:
        """Bytes a call writes through a pointer, at once: into a stack frame or the context."""
        if base.region is RegionKind.CTX:
            for i, byte in enumerate(data):
                self._ctx_written[base.offset + i] = byte
            return
        stack, start = self._frame_bytes(base, base.offset, len(data))
        stack[start:start + len(data)] = data

    def context_changed(self, site: Site) -> None:
        """A call changed the context's fields (context_writes.py): each byte reads its WRITTEN input, through R1,
        until the program stores it again."""
        self._ctx_written.clear()
        self._ctx_changed = site

    def peek(self, base: Value, size: int) -> int | None:
        """The number in the `size` stack bytes `base` points to, little-endian, if the program wrote every one (a
        map key); None otherwise. Reads no input."""
        if not isinstance(base, Pointer) or base.region is not RegionKind.STACK:
            return None
        start = base.offset + STACK_SIZE
        if not 0 <= start <= STACK_SIZE - size:
            return None
        cells = self._stacks[base.slot][start:start + size]
        return None if any(c is None for c in cells) else self._from_bytes(cells)

    # -- stack

    def _frame_bytes(self, base: Pointer, at: int, size: int) -> tuple[list[_Cell], int]:
        start = at + STACK_SIZE
        if not 0 <= start <= STACK_SIZE - size:
            raise MemoryFault(f"stack access at fp{at:+d} of {size} bytes is outside the frame")
        return self._stacks[base.slot], start

    def _load_stack(self, base: Pointer, at: int, size: int, site: Site) -> Value:
        stack, start = self._frame_bytes(base, at, size)
        cells = stack[start:start + size]
        if size == 8 and all(isinstance(c, _Fragment) and c.index == i and c.pointer == cells[0].pointer  # type: ignore[union-attr]
                             for i, c in enumerate(cells)):
            return cells[0].pointer  # type: ignore[union-attr]
        if any(c is None for c in cells):
            garbage = self._fresh(size, site).to_bytes(size, "little")
            cells = [garbage[i] if c is None else c for i, c in enumerate(cells)]
        return self._from_bytes(cells)

    @staticmethod
    def _from_bytes(cells: list[_Cell]) -> int:
        value = 0
        for i, cell in enumerate(cells):
            byte = numeric(cell.pointer) >> (8 * cell.index) & 0xFF if isinstance(cell, _Fragment) else cell
            value |= (byte or 0) << (8 * i)
        return value

    # -- inputs

    def _fresh(self, size: int, site: Site) -> int:
        value = self._reader.at(InputKind.LOAD, site.function, site.insn, site.occurrence)
        return value & ((1 << (8 * size)) - 1)

    def _ctx_byte(self, offset: int) -> int:
        if offset in self._ctx_written:
            return self._ctx_written[offset]
        changed = self._ctx_changed
        if changed is not None:
            byte = self._reader.at(InputKind.WRITTEN, changed.function, changed.insn, changed.occurrence,
                                   written_detail(1, offset))
        else:
            byte = self._reader.at(InputKind.CTX_BYTE, "", 0, 0, offset)
        return byte & self._masks.get(offset, 0xFF)

    def _load_global(self, name: str, at: int, size: int, site: Site) -> int:
        section = self._data.get(name)
        if section is None or not section.read_only or section.kernel_values:
            return self._fresh(size, site)
        if self._rodata_unknown and not name.startswith(".kconfig"):  # the kernel's values, not the loader's
            cells: list[_Cell] = [self._reader.at(InputKind.RODATA_BYTE, name, 0, 0, at + i) & 0xFF
                                  for i in range(size)]
        else:
            cells = [section.data[at + i] if 0 <= at + i < len(section.data) else 0 for i in range(size)]
        return self._from_bytes(cells)
