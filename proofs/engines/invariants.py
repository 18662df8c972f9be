"""Loop-head invariants for the cut encoding: facts `location == constant` that hold at every visit of a loop head,
such as a flag (`locked = 1` where a section opens) that says which region is open. The pre-pass graph keeps one
head per context state, so at the head where the section is open the flag is 1, and at the other 0; with both
taken as unknown, a proof over the cut graph meets an unlock where nothing is locked. A counter's bounds against
the constants branches compare it with (`1 <= i <= 299` where the first iteration disabled preemption and the last
enables it), and that a head is never entered (preemption disabled twice at one place, which the pre-pass keeps
as a state), tell the heads of a counted region apart the same way.

Found as Houdini finds them (Flanagan and Leino, "Houdini, an annotation assistant for ESC/Java", FME 2001): every
candidate is assumed where a path starts, each one that some path into its head breaks is dropped, and so on until
none breaks. What remains holds at every visit of every head, by induction on the visits: a run is a path from the
root to a head, then paths from head to head, each of them a path of the cut graph.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

from pysmt.exceptions import SolverReturnedUnknownResultError
from pysmt.fnode import FNode

from sleepcheck.model.isa.insn import R10, Atomic, Call, Imm, Insn, Jump, Mov, Reg, Store
from sleepcheck.model.semantics.smt_state import MASK64, Loc, frame_pointer
from sleepcheck.proofs.engines.bmc import Encoding
from sleepcheck.proofs.engines.path_graph import Edge, Node
from sleepcheck.proofs.solvers import IncrementalSolver

Term = FNode
MASK32 = 0xFFFF_FFFF
MAX_CONSTANTS = 8  # the constants tried for each location (those a branch compares, then the smallest)
MAX_ROUNDS = 40  # solver queries before giving up on the rest (each drops at least one candidate)


class Relation(enum.Enum):
    EQUAL = "=="
    AT_LEAST = ">=u"
    AT_MOST = "<=u"


@dataclass(frozen=True)
class Candidate:
    head: Node
    loc: Loc | tuple[str, int, int] | None  # a register, ("word", address, size) in the head's frame; None: no visit
    value: int
    relation: Relation = Relation.EQUAL


def head_invariants(enc: Encoding, into: dict[Node, list[Edge]], solver: IncrementalSolver,
                    bounds: bool = False) -> list[Term]:
    """The facts that hold at every visit of the heads in `into` (each with the edges that enter it, cut or not),
    each as `the path starts at the head -> fact`, to assert with the cut encoding's queries. The solver holds
    which heads a path may start at."""
    values = _constants(enc)
    candidates = [c for head in into for c in _candidates(enc, head, values, bounds)]
    mgr = enc.mgr
    # a Boolean for each candidate, equal to its breaking: the model's value of a symbol is read at once, where
    # evaluating each candidate's term in the model walks it again (a fallback solver's model, by substitution:
    # 49 s of a 740-instruction program's 65 s)
    flag = {c: mgr.FreshSymbol(template="broken%d") for c in candidates}
    for _ in range(MAX_ROUNDS):
        if not candidates:
            return []
        solver.push()
        try:
            solver.add_assertion(mgr.And(*(_assumed(enc, c) for c in candidates),
                                         *(mgr.Iff(flag[c], _broken(enc, c, into[c.head])) for c in candidates),
                                         mgr.Or(*(flag[c] for c in candidates))))
            if not solver.solve():
                return [_assumed(enc, c) for c in candidates]
            candidates = [c for c in candidates if not solver.get_py_value(flag[c])]
        except SolverReturnedUnknownResultError:
            return []
        finally:
            solver.pop()
    return []


def _candidates(enc: Encoding, head: Node, values: list[int], bounds: bool) -> Iterable[Candidate]:
    """That the head is never entered; each register a branch of the head's function tests (or copies to one it
    tests, or stores to its stack) equal to each of `values`, and at least and at most each bound its comparisons
    give it (with `bounds`); and each stack word the function stores to equal to each of `values`."""
    yield Candidate(head, None, 0)
    code = enc.obj.functions[head.function].code
    words: dict[tuple[int, int], None] = {}
    tested: set[int] = set()
    for insn in code.insns:
        if isinstance(insn, Store) and insn.dst == R10:
            words.setdefault((frame_pointer(len(head.frames)) + insn.off, int(insn.size)))
            if isinstance(insn.src, Reg):  # a constant the compiler keeps in a register across the loop (`r9 = 1`)
                tested.add(insn.src.n)
        elif isinstance(insn, Jump):
            tested.add(insn.dst)
            if isinstance(insn.src, Reg):
                tested.add(insn.src.n)
    # a register copied to one a branch tests (`r1 = r7; if r1 != 0`)
    tested |= {insn.src.n for insn in code.insns if isinstance(insn, Mov) and isinstance(insn.src, Reg)
               and insn.dst in tested}
    limits = _bounds(code.insns) if bounds else {}
    for register in sorted(tested - {R10}):
        for value in values:
            yield Candidate(head, register, value)
        for value in limits.get(register, ()):
            yield Candidate(head, register, value, Relation.AT_LEAST)
            yield Candidate(head, register, value, Relation.AT_MOST)
    for (address, size), value in ((w, v) for w in words for v in values):
        if value < 1 << (8 * size):
            yield Candidate(head, ("word", address, size), value)


def _bounds(insns: tuple[Insn, ...]) -> dict[int, list[int]]:
    """The bounds a counter may have, per register: one each side of each constant a branch compares it with (`i <
    300` or `i != 299` ends a loop), directly, through a register that holds only that constant (`r8 = 299; if r8
    s> r1`) or through copies (`r1 = r7; if r1 == 0`)."""
    constant: dict[int, int | None] = {}  # a register's one value, None where it is written otherwise too
    for insn in insns:
        if isinstance(insn, Mov) and isinstance(insn.src, Imm):
            value = insn.src.value & (MASK64 if insn.wide else MASK32)
            constant[insn.dst] = value if constant.get(insn.dst, value) == value else None
        elif isinstance(insn, Call):
            constant.update(dict.fromkeys(range(6)))
        elif not isinstance(insn, Store | Jump | Atomic) and isinstance(getattr(insn, "dst", None), int):
            constant[insn.dst] = None
    compared: dict[int, set[int]] = {}
    for insn in insns:
        if not isinstance(insn, Jump):
            continue
        if isinstance(insn.src, Imm):
            compared.setdefault(insn.dst, set()).add(insn.src.value & MASK64)
        elif constant.get(insn.src.n) is not None:
            compared.setdefault(insn.dst, set()).add(cast(int, constant[insn.src.n]))
        elif constant.get(insn.dst) is not None:
            compared.setdefault(insn.src.n, set()).add(cast(int, constant[insn.dst]))
    copies = {(insn.dst, insn.src.n) for insn in insns if isinstance(insn, Mov) and isinstance(insn.src, Reg)}
    grew = True
    while grew:  # through chains of copies (`r7 = r2; ... r1 = r7; if r1 == 0`)
        grew = False
        for dst, src in copies:
            more = compared.get(dst, set()) - compared.get(src, set())
            if more:
                compared.setdefault(src, set()).update(more)
                grew = True
    return {register: sorted({bound for value in values for bound in (value - 1, value, value + 1)
                              if 0 <= bound <= MASK64})[:3 * MAX_CONSTANTS]
            for register, values in compared.items()}


def _constants(enc: Encoding) -> list[int]:
    """The constants the graph's functions move to a register or store (a flag's values, set where a callback runs
    as well as in its caller): first those a branch also compares with (`if (locked == 0x55)`), then the smallest."""
    values: set[int] = set()
    compared: set[int] = set()
    for name in {node.function for node in enc.graph.nodes}:
        for insn in enc.obj.functions[name].code.insns:
            if isinstance(insn, Mov) and isinstance(insn.src, Imm):
                values.add(insn.src.value & (MASK64 if insn.wide else MASK32))
            elif isinstance(insn, Store) and isinstance(insn.src, Imm):
                values.add(insn.src.value & ((1 << (8 * int(insn.size))) - 1))
            elif isinstance(insn, Jump) and isinstance(insn.src, Imm):
                compared.add(insn.src.value & MASK64)
    return sorted(values, key=lambda value: (value not in compared, value))[:MAX_CONSTANTS]


def _held(enc: Encoding, node: Node, candidate: Candidate) -> Term | None:
    """The candidate's location when the node starts."""
    if candidate.loc is None:
        return None
    if isinstance(candidate.loc, int):
        return enc.value(node, candidate.loc)
    _, address, size = candidate.loc
    return enc.word(node, address, size)


def _left(enc: Encoding, edge: Edge, candidate: Candidate) -> Term | None:
    """The candidate's location as it leaves along the edge."""
    if candidate.loc is None:
        return None
    if isinstance(candidate.loc, int):
        return enc.flow(edge, candidate.loc)
    _, address, size = candidate.loc
    return enc.word_along(edge, address, size)


def _fact(enc: Encoding, term: Term | None, candidate: Candidate) -> Term:
    """The candidate's fact of the location's value: false where there is none (the head is never entered)."""
    if term is None or candidate.loc is None:
        return enc.mgr.FALSE()
    width = 64 if isinstance(candidate.loc, int) else 8 * candidate.loc[2]
    value = enc.mgr.BV(candidate.value, width)
    match candidate.relation:
        case Relation.EQUAL:
            return enc.mgr.Equals(term, value)
        case Relation.AT_LEAST:
            return enc.mgr.BVUGE(term, value)
        case Relation.AT_MOST:
            return enc.mgr.BVULE(term, value)


def _assumed(enc: Encoding, candidate: Candidate) -> Term:
    """Where a path starts at the head, the fact holds of the values it starts with."""
    return enc.mgr.Implies(enc.starts_at(candidate.head), _fact(enc, _held(enc, candidate.head, candidate), candidate))


def _broken(enc: Encoding, candidate: Candidate, into: list[Edge]) -> Term:
    """Some path enters the head with the fact false."""
    mgr = enc.mgr
    return mgr.Or(*(mgr.And(enc.guard(edge), mgr.Not(_fact(enc, _left(enc, edge, candidate), candidate)))
                    for edge in into))
