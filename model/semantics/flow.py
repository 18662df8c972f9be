"""Control flow inside one function: where each instruction can go next, and which loops it sits in.

Loops are found as strongly connected components of the function's flow graph; an edge that jumps backwards inside
one is a back edge, which the bounded engine counts to unroll loops.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import repeat

from sleepcheck.model.isa.insn import (
    AddrSpaceCast,
    Alu,
    Atomic,
    AtomicOp,
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
    PacketLoad,
    jump_indices,
)

_SETS_DST = {Alu, Neg, Mov, MovSx, AddrSpaceCast, Endian, Load, LoadImm64}  # by exact type: called per instruction


def defined_registers(insn: Insn) -> tuple[int, ...]:
    """Registers an instruction writes (calls clobber r0-r5)."""
    if type(insn) in _SETS_DST:
        return (insn.dst,)  # type: ignore[union-attr]
    match insn:
        case PacketLoad():
            return (0, 1, 2, 3, 4, 5)  # r1-r5 are clobbered, as by a call
        case Atomic(op=AtomicOp.LOAD_ACQUIRE, dst=d):
            return (d,)
        case Atomic(op=AtomicOp.CMPXCHG):
            return (0,)
        case Atomic(fetch=True, src=s):
            return (s,)
        case Call():
            return (0, 1, 2, 3, 4, 5)
    return ()


PLAIN, OTHER = 0, 1
_PLAIN_TYPES = (Alu, Neg, Mov, MovSx, AddrSpaceCast, Endian, LoadImm64, Load)  # a packet load may end the program
_KINDS = {kind: PLAIN for kind in _PLAIN_TYPES}
_OTHER_BYTE = bytes((OTHER,))


@dataclass(frozen=True)
class Straight:
    """Per instruction of a function, a byte: PLAIN where it only reads memory and sets registers, then falls
    through to the next; OTHER for a call, an exit, a jump, a store or a legacy packet load (which may end the
    program). A run of PLAIN instructions, up to one that is not or that a jump lands on, is one step for the
    engines: it changes no context state, reaches no site, branches nowhere, and paths join only where it starts."""

    kind: bytes
    stops: bytes  # OTHER where a run stops: an instruction that is not PLAIN, or a jump target

    def end(self, index: int) -> int:
        """Where a run from `index` stops (the next instruction that is not PLAIN or that a jump lands on)."""
        return self.stops.find(_OTHER_BYTE, index + 1)


def straight_line(code: Code) -> Straight:
    kind = bytes(map(_KINDS.get, map(type, code.insns), repeat(OTHER)))
    stops = bytearray(kind)
    for index in jump_indices(code):
        stops[successors(code, index)[0][0]] = OTHER
    return Straight(kind, bytes(stops))


def successors(code: Code, index: int) -> tuple[tuple[int, str], ...]:
    """(next instruction index, edge kind) pairs; kinds: fall, taken, not_taken. Exit has none."""
    insn = code.insns[index]
    fall = index + 1
    match insn:
        case Exit():
            return ()
        case Goto(off):
            return ((_target(code, index, off), "taken"),)
        case Jump(off=off) | MayGoto(off=off):
            return ((_target(code, index, off), "taken"), (fall, "not_taken"))
    return ((fall, "fall"),)


def _target(code: Code, index: int, off: int) -> int:
    target = code.index_of_slot(code.slots[index] + 1 + off)
    assert target is not None, "jumps are checked when the object is read"
    return target


@dataclass(frozen=True)
class Loops:
    """For each instruction, whether it lies on a cycle; and the back edges, one per way around a loop: the edges
    into a loop's header (the one instruction its cycle is entered at) from inside it, where the cycle is entered at
    one instruction; every backward jump inside it where it is entered at more (an irreducible cycle) or falls
    into its header. A loop entered in its middle (clang places a `switch` case before the header) counts each
    iteration once, however many backward jumps the iteration takes."""

    cyclic: frozenset[int]
    back_edges: frozenset[tuple[int, int]]

    def is_back_edge(self, source: int, target: int) -> bool:
        return (source, target) in self.back_edges


def find_loops(code: Code) -> Loops:
    """Only a window of the code can hold a cycle: a cycle's highest instruction jumps back to a lower (or the same)
    one, and its lowest is jumped to from a higher one, so every cycle lies between the lowest target and the highest
    source of a backward jump. Code without a backward jump has no loop to look for. Nested loops are found inside
    a loop once its own back edges are set aside."""
    count = len(code.insns)
    first, last = count, -1
    for index in jump_indices(code):
        for target, _ in successors(code, index):
            if target <= index:
                first, last = min(first, target), max(last, index)
    succ = {index: [s for s, _ in successors(code, index) if first <= s <= last] for index in range(first, last + 1)}
    work = _cycles(succ, range(first, last + 1))
    cyclic: set[int] = set().union(*work)
    back: set[tuple[int, int]] = set()
    preds: dict[int, list[int]] = {}
    for index in range(count) if work else ():
        for target, _ in successors(code, index):
            if target in cyclic:
                preds.setdefault(target, []).append(index)
    while work:
        component = work.pop()
        entries = {node for node in component if node == 0 or any(p not in component for p in preds.get(node, ()))}
        header = next(iter(entries)) if len(entries) == 1 else None
        closing = {(s, header) for s in component if header in succ[s]}
        if header is None or any((header, "fall") in successors(code, s) for s, _ in closing):
            # irreducible, or closed by falling into its header (the engines step straight code without looking
            # for back edges): every backward jump inside it
            back.update((s, t) for s in component for t in succ[s] if t in component and t <= s)
            continue
        back.update(closing)
        inner = {node: [t for t in succ[node] if t in component and (node, t) not in closing] for node in component}
        work.extend(_cycles(inner, sorted(component)))
    return Loops(frozenset(cyclic), frozenset(back))


def _cycles(succ: dict[int, list[int]], nodes: Iterable[int]) -> list[set[int]]:
    """The strongly connected components of the graph that hold a cycle (Tarjan's algorithm, iterative, so that a
    long function does not hit Python's recursion limit)."""
    index_of: dict[int, int] = {}
    low: dict[int, int] = {}
    on_stack: set[int] = set()
    stack: list[int] = []
    found: list[set[int]] = []
    counter = 0
    for root in nodes:
        if root in index_of:
            continue
        work: list[tuple[int, int]] = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index_of[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            below = succ[node]
            if child < len(below):
                work.append((node, child + 1))
                nxt = below[child]
                if nxt not in index_of:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index_of[nxt])
                continue
            if low[node] == index_of[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in succ[node]:
                    found.append(set(component))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return found
