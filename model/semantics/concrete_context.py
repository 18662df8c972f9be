"""The context state of a concrete run: may this code sleep, and which atomic regions are open, each remembering
where it was opened.

Regions are named as the kernel model names them (`rcu`, `preempt`, `irq`, `spin_lock`, `res_spin_lock`), and nest
as its `RegionFact.nesting` says: `flag` and `single` refuse a second open, `counter` counts, `stack` restores in
LIFO order and checks that a close names the most recent open (the IRQ flags slot). A misuse stops the run with the
kernel model's message for it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from sleepcheck.model.kernel.invocations import RCU_WALK
from sleepcheck.model.semantics.concrete_values import Pointer, RegionKind, Value


@dataclass(frozen=True)
class OpenRegion:
    kind: str  # the kernel model's region name
    function: str  # where it was opened
    insn: int
    identity: Value | None = None  # what a close must name (IRQ: the flags slot; a lock: its address)

    def describe(self) -> str:
        return f"{self.kind} opened at {self.function}+{self.insn}"


class Misuse(enum.Enum):
    NESTED = "nested"  # a second open of a region that does not nest
    UNMATCHED = "unmatched"  # a close with nothing open
    OUT_OF_ORDER = "order"  # a stack region closed other than last-in first-out
    EXIT_IN_REGION = "exit"  # the main program (or an async callback) ends with a region open
    FLAG_OVERWRITTEN = "flag-overwritten"  # a store into IRQ flags still saved: restoring them is refused
    DIFFERENT_LOCK = "different-lock"  # an unlock of another lock than the one held


class RegionError(Exception):
    """Raised by a transition that the kernel refuses; the run turns it into a RegionMisuse outcome."""

    def __init__(self, misuse: Misuse, region: str, opened: OpenRegion | None) -> None:
        super().__init__(f"{misuse.value} {region}")
        self.misuse = misuse
        self.region = region
        self.opened = opened


@dataclass
class ContextState:
    """Mutable during a run; `snapshot()` gives the frozen view a caller may keep or pass as an entry state."""

    sleepable: bool
    regions: list[OpenRegion] = field(default_factory=list)  # in opening order
    # regions below this index were open when the innermost global function running was called: a second open
    # of a region that does not nest is refused only within the global (the verifier checks it alone, and at run
    # time an RCU read lock nests)
    floor: int = 0

    @property
    def atomic(self) -> bool:
        return not self.sleepable or bool(self.regions)

    def open(self, kind: str, nesting: str, function: str, insn: int, identity: Value | None) -> None:
        if nesting in ("flag", "single"):
            already = self._last(kind, self.floor)
            if already is not None:
                raise RegionError(Misuse.NESTED, kind, already)
        if kind == "irq" and identity is not None:  # a save into IRQ flags still saved overwrites them
            self.stored(identity, 0, 8)
        self.regions.append(OpenRegion(kind, function, insn, identity))

    def close(self, kind: str, nesting: str, identity: Value | None) -> None:
        last = self._last(kind)
        if last is None:
            raise RegionError(Misuse.UNMATCHED, kind, None)
        if identity is not None and last.identity is not None and identity != last.identity:
            raise RegionError(Misuse.OUT_OF_ORDER if nesting == "stack" else Misuse.DIFFERENT_LOCK, kind, last)
        self.regions.remove(last)

    def stored(self, base: Value, off: int, size: int) -> None:
        """A store of `size` bytes at `base + off`: refused when it reaches the slot of IRQ flags still saved."""
        if not isinstance(base, Pointer) or base.region is not RegionKind.STACK:
            return
        start = base.offset + off
        for region in self.regions:
            slot = region.identity
            if region.kind == "irq" and isinstance(slot, Pointer) and slot.same_object(base) \
                    and slot.offset < start + size and start < slot.offset + 8:
                raise RegionError(Misuse.FLAG_OVERWRITTEN, region.kind, region)

    def _last(self, kind: str, floor: int = 0) -> OpenRegion | None:
        """The program's most recent open region of a kind (a section the kernel holds around a callback is not
        the program's to release, and its own lock inside nests)."""
        for region in reversed(self.regions[floor:]):
            if region.kind == kind and region.identity != RCU_WALK:
                return region
        return None

    def snapshot(self) -> EntryState:
        return EntryState(self.sleepable, tuple(self.regions))


@dataclass(frozen=True)
class EntryState:
    """The context a run starts in: the program's own by default; a caller's for a function checked alone."""

    sleepable: bool
    regions: tuple[OpenRegion, ...] = ()

    def thaw(self) -> ContextState:
        return ContextState(self.sleepable, list(self.regions))
