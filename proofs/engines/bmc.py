"""Bounded model checking over the unrolled path graph: one encoding, built on demand, one query per site.

The graph (explore.py, with loop counts) is acyclic. A site's query is the condition that some path reaches it: a
node's reach condition is the disjunction of its incoming edges' guards, a guard is its source's reach condition
and its branch condition. Terms are built on demand and memoised: a branch condition asks for the values of the
registers it compares, a value at a node asks its predecessors for it, back to the instruction that wrote it. So a
query holds only the slice of the program it depends on, however large the program: a value no branch on the way
to the site reads is never encoded.

A model of the query gives the path (from the root, follow the edge whose guard holds) and the input values.
Paths that go past the bound end at unwinding edges: if none of those can be taken, the bounded answer is a proof
for every run.
"""

from __future__ import annotations

import bisect
import itertools
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Literal, TypeVar

from pysmt.environment import Environment
from pysmt.fnode import FNode
from pysmt.formula import FormulaManager
from pysmt.typing import BVType

from sleepcheck.model.isa.insn import Alu, AluOp, Atomic, Call, Exit, Goto, Imm, Insn, Jump, MayGoto, Mov, Reg, Store
from sleepcheck.model.kernel import iterators, lookups, results
from sleepcheck.model.kernel.context_writes import CHANGES_CONTEXT, NarrowField
from sleepcheck.model.kernel.effects import CallEffect
from sleepcheck.model.kernel.facts import Context
from sleepcheck.model.kernel.invocations import (
    BPF_MAX_LOOPS,
    DEFAULT,
    E2BIG,
    EINVAL,
    EXACT_RUNS,
    INVOCATIONS,
    RCU_WALK,
    Invocation,
    index_key,
    runs_exactly,
)
from sleepcheck.model.program import BpfObject, MapDef
from sleepcheck.model.semantics import smt_alu as A
from sleepcheck.model.semantics.calls import CallSite, map_in_r1, stack_origin
from sleepcheck.model.semantics.context import LOCK_REGIONS, Misuse
from sleepcheck.model.semantics.flow import defined_registers
from sleepcheck.model.semantics.inputs import InputKey, InputKind, written_detail
from sleepcheck.model.semantics.kernel_addresses import returns_kernel_object
from sleepcheck.model.semantics.smt_state import (
    CTX_BASE,
    CTX_SIZE,
    FRAME_BASE,
    MASK64,
    STACK_END,
    STACK_SIZE,
    Delta,
    Havoc,
    Loc,
    Semantics,
    Symbols,
    Unknown,
    choices,
    frame_of,
    frame_pointer,
    in_ctx,
    join_bytes,
    kernel_pointer,
    kernel_pointer_or_null,
    mem,
    walk_key,
    whole_context,
    whole_frame,
)
from sleepcheck.proofs.engines.explore import callback_limit, region_register
from sleepcheck.proofs.engines.graph_order import predecessors, reach_shortcuts
from sleepcheck.proofs.engines.path_graph import Edge, EdgeKind, Event, EventKind, Graph, Node, Pick

Term = FNode
T = TypeVar("T")


_SCOPES = itertools.count()  # a number for each encoding, as environments are shared (proofs.solvers.environment)
NOT_RUNNING = MASK64  # the iteration count of a callback-taking call once it has returned
# the detail of the unknown that stands for the iteration a callback run is, where one run stands for every iteration
ITERATION_INDEX = 1
STOPPED = MASK64 - 1  # ... and once its callback returned nonzero to a helper that stops there


def _node_order(node: Node) -> str:
    return repr(node)


@dataclass
class _NodeEffect:
    """What a node does to the state, per outgoing edge kind, and the condition of each edge."""

    deltas: dict[EdgeKind, Delta]
    conditions: dict[EdgeKind, Term]
    frame_entry: dict[EdgeKind, dict[Loc, Term | None]] = field(default_factory=dict)


DEADLINE_STEP = 256  # nodes encoded between two looks at the clock
DEADLINE_VALUES = 4096  # values followed back between two looks at the clock (a join of many nodes makes many)


class EncodingTimeout(Exception):
    """The program's time ran out while its terms were being built."""


class Encoding:
    def __init__(self, obj: BpfObject, graph: Graph, env: Environment, *, rodata_unknown: bool,
                 alone: str | None = None, cut: frozenset[Node] = frozenset(), closing: tuple[Edge, ...] = (),
                 deadline: float | None = None, narrow: dict[int, NarrowField] | None = None,
                 wide_tables: bool = False, runs_as_verified: bool = False,
                 kernel_objects: frozenset[int] = frozenset()) -> None:
        """`alone`: the function a graph starts at when it is checked on its own (an async callback, a global
        function), whose R1-R5 are then its ARGUMENT inputs, those in `kernel_objects` pointers that are never NULL
        (a timer callback's map, key and value; a global function's `__arg_nonnull`); else the program's entry,
        whose R1 is the context.
        `cut`: loop heads (see cut_loops). A path then starts at the root or at one of them (`start`), and one
        that starts at a head holds any values there but the frame pointer: an over-approximation of every
        iteration, good for proofs, not for witnesses. `closing`: the edges cut out, whose values a proof may ask
        for (flow) to check an invariant of the head they enter. Past `deadline` (a time.monotonic() value),
        building the terms of one more node raises EncodingTimeout: a graph of tens of thousands of nodes takes
        seconds.
        `narrow`: the program's context fields the kernel keeps narrower than they are stored (context_writes).
        `wide_tables`: see smt_state.MAX_TABLE. `runs_as_verified`: a numbers iterator may end at any step, and a
        sync callback runs any number of times
        the verifier explores, none included, whatever the kernel does (the verifier's own view: any count up to
        bpf_loop's, none for a count it knows is 0; a map walk's are bounded by its elements here, where the
        verifier bounds them by nothing), and its call returns any value."""
        self.runs_as_verified = runs_as_verified
        self.graph = graph
        self.deadline = deadline
        self.cut = {head: number for number, head in enumerate(sorted(cut, key=_node_order), start=1)}
        self._closing: dict[Node, list[Edge]] = {}  # the edges cut out of the graph, by their source
        for edge in closing:
            self._closing.setdefault(edge.source, []).append(edge)
        self.env = env
        self.mgr = env.formula_manager
        self.symbols = Symbols(self.mgr, scope=f"e{next(_SCOPES)}:")
        self.semantics = Semantics(self.mgr, obj, self.symbols, rodata_unknown, graph.absent, narrow=narrow or {},
                                   wide_tables=wide_tables)
        self.obj = obj
        self.preds = predecessors(graph)
        self.entry_args = {1: self.semantics.bv(CTX_BASE)} if alone is None else {
            n: self.symbols.fresh(f"arg{n}", Unknown(InputKind.ARGUMENT, alone, 0, n), 64) for n in range(1, 6)}
        self._reach: dict[Node, Term] = {}
        self._guard: dict[int, Term] = {}
        self._passed: dict[int, dict[int, Term | None]] = {}  # by call node: R1-R5 as a callback-running call had them
        self._results: dict[int, Term] = {}  # by call node: its result
        self._value: dict[tuple[int, Loc], Term | None] = {}  # by node identity, as _runs
        self._effect: dict[Node, _NodeEffect] = {}
        # what holds of unknowns whatever the path (a lookup that cannot fail is not NULL): each about its own
        # node's unknowns, so asserting all of them with a query constrains nothing else (`with_axioms`)
        self.axioms: list[Term] = [kernel_pointer(self.mgr, self.entry_args[n]) for n in sorted(kernel_objects)
                                   if alone is not None]
        # where the program names IRQ flags at offsets it computes, values the verifier does not know (an iterator's
        # number) are unknowns bound to their value by axioms kept here, which the run's copy in `_two_offsets`
        # goes without: the verifier's view of the offset is the code's, not the run's
        self.exact: set[Term] | None = set() if any(e.kind is EventKind.IRQ_FLAG_OFFSET for e in graph.events) \
            else None
        self._known: dict[tuple[int, Loc], int | None] = {}  # by node identity
        # by node identity (explore makes one object per node; hashing a node is Python code): where each node's
        # step ends, and what it may change (True: anything, as a call does; else the registers it sets and whether it
        # stores)
        self._runs: dict[int, range] = {}
        self._changed: dict[int, tuple[frozenset[int], bool] | Literal[True]] = {}  # True, or (registers, stores)
        self._sets: dict[Node, dict[int, list[int]]] = {}  # which registers a straight run sets
        self._steps: dict[tuple[Node, int], Delta] = {}
        self._shortcuts: dict[Node, Node] | None = None
        self.node_symbols: dict[Node, list[str]] = {}
        self._claims: list[list[tuple[int, int]]] = []  # per computation under way: the symbols others took
        self._looked = 0  # values followed back so far: the clock is looked at every DEADLINE_VALUES

    # --- reachability -----------------------------------------------------------------------------------------
    def with_axioms(self, query: Term) -> Term:
        """A query with what is known of the unknowns its terms made (built after the query, which makes them)."""
        return self.mgr.And(query, *self.axioms) if self.axioms else query

    def reach(self, node: Node) -> Term:
        if node in self._reach:
            return self._reach[node]
        if node == self.graph.root and not self.cut:
            term = self.mgr.TRUE()
        elif (dominator := self.shortcuts.get(node)) is not None:
            term = self.reach(dominator)
        else:
            guards = [self.guard(edge) for edge in self.preds.get(node, ())]
            if node == self.graph.root:
                guards.append(self.starts_at(None))
            if node in self.cut:
                guards.append(self.starts_at(node))
            term = self.mgr.Or(guards) if len(guards) != 1 else guards[0]
        self._reach[node] = term
        return term

    def _blocks(self, node: Node) -> Term:
        """Where the call blocks: always, or where its flags hold the bits that make it block
        (CallEffect.blocks_with_flags)."""
        site = self.graph.calls.get((node.function, node.index))
        block = site.effect.blocks_with_flags if site is not None and site.effect is not None and \
            not site.effect.blocking else None
        if block is None:
            return self.mgr.TRUE()
        mgr, sem = self.mgr, self.semantics
        view = self._view(node)
        flags = sem.read_reg(view, block.register)
        terms = [mgr.Equals(mgr.BVAnd(flags, sem.bv(block.required)), sem.bv(block.required)),
                 mgr.Equals(mgr.BVAnd(flags, sem.bv(~block.allowed & MASK64)), sem.bv(0))]
        if block.size_register is not None:
            size = mgr.BVAnd(sem.read_reg(view, block.size_register), sem.bv(0xFFFF_FFFF))
            terms += [mgr.Not(mgr.Equals(size, sem.bv(0))),
                      mgr.Equals(mgr.BVURem(size, sem.bv(block.size_unit)), sem.bv(0))]
        return mgr.And(terms)

    def happens(self, event: Event) -> Term:
        """Where an event of the graph happens on a run: its node reached, and where the graph could not tell which
        lock or IRQ flags a call or store names, the condition that they are other than those it must name (for a
        release, the most recent acquisition's; for a store, any saved flags); for a misuse of flags the code
        picks on a branch, the pointer on the flags misused."""
        node = event.node
        reach = self.reach(node)
        if event.kind is EventKind.IRQ_FLAG_OFFSET:
            return self._two_offsets(node, reach)
        if event.kind is EventKind.IRQ_FLAG_SLOT and event.detail.endswith(":misaligned"):
            return self.mgr.And(reach, self._misaligned(node))
        if event.picks:
            return self.mgr.And(reach, self._picked(node, event.picks))
        if event.kind is EventKind.BLOCKING_IN_ATOMIC:
            return self.mgr.And(reach, self._blocks(node))
        condition = self._misnamed(event) if event.misuse in (Misuse.FLAG_OVERWRITTEN, Misuse.UNCLEAR_LOCK) else None
        return reach if condition is None else self.mgr.And(reach, condition)

    def _two_offsets(self, node: Node, reach: Term) -> Term:
        """That the IRQ flags' pointer at a save or restore is not one number: two runs reach the node the same way
        (every branch on the way taken alike) with it different (the run, and a copy of it over renamed unknowns,
        with their axioms). The verifier refuses flags at an offset it does not know; it follows each way on its own,
        so one that every run taking a way has the same (pinned by a branch, picked by one, or by bits:
        `(x >> 63) >> 1`) it knows."""
        mgr = self.mgr
        pointer = self._flags_pointer(node)
        if pointer is None or self.semantics.constant(pointer) is not None:
            return mgr.FALSE()
        run = mgr.And(reach, *(a for a in self.axioms if not self.exact or a not in self.exact))
        way = self._branches_to(node)
        unknowns = run.get_free_variables() | pointer.get_free_variables()
        for guard in way:
            unknowns |= guard.get_free_variables()
        renamed = {v: mgr.FreshSymbol(v.symbol_type()) for v in unknowns}
        copy = self.env.substituter.substitute
        return mgr.And(reach, copy(run, renamed), mgr.Not(mgr.Equals(pointer, copy(pointer, renamed))),
                       *(mgr.Iff(guard, copy(guard, renamed)) for guard in way))

    def _branches_to(self, node: Node) -> list[Term]:
        """The guards of the edges that leave a branch (a jump, a may_goto, a call with outcomes) on some way into
        the node."""
        seen = {node}
        work = [node]
        guards: list[Term] = []
        while work:
            for edge in self.preds.get(work.pop(), ()):
                insn = self.obj.functions[edge.source.function].code.insns[edge.source.index]
                if isinstance(insn, Jump | MayGoto | Call) and len(self.graph.out.get(edge.source, ())) > 1:
                    guards.append(self.guard(edge))
                if edge.source not in seen:
                    seen.add(edge.source)
                    work.append(edge.source)
        return guards

    def _misaligned(self, node: Node) -> Term:
        """That the IRQ flags' pointer at a save or restore is off the stack's 8-byte slots (frames start on one)."""
        mgr = self.mgr
        pointer = self._flags_pointer(node)
        if pointer is None:  # the graph found the slot (stack_slots): misaligned on every run
            return mgr.TRUE()
        return mgr.Not(mgr.Equals(mgr.BVAnd(pointer, self.semantics.bv(7)), self.semantics.bv(0)))

    def _flags_pointer(self, node: Node) -> Term | None:
        """The IRQ flags' pointer a save or restore is handed, as the node starts."""
        site = self.graph.calls[(node.function, node.index)]
        assert site.effect is not None
        return self.value(node, region_register("irq", site.effect.opens + site.effect.closes))

    def tells_apart(self, event: Event) -> bool:
        """Whether `happens` asks whether the names differ (where the acquisitions were made on the graph)."""
        return self._names(event) is not None

    def _names(self, event: Event) -> list[int | Term] | None:
        """What each acquisition of the event's region still held at its node named (where IRQ flags lie, a lock's
        address), oldest first: a stack address where the graph shows it, else the encoding's record of the
        acquisition's pointer. None where an acquisition was made before the graph's root (a global checked
        alone), which it does not show."""
        node = event.node
        held = [o for o in node.state.open if o.region == event.detail and o.key != RCU_WALK]
        names: list[int | Term] = []
        for n, opened in enumerate(held):
            name = frame_pointer(opened.key[0]) + opened.key[1] if event.detail == "irq" and \
                isinstance(opened.key, tuple) else self.value(node, _opened(event.detail, n))
            if name is None:
                return None
            names.append(name)
        return names or None

    def _misnamed(self, event: Event) -> Term | None:
        """For a release the graph could not match to its acquisition, that its pointer differs from the most
        recent acquisition's; for a store or a call's writes the graph could not keep off saved IRQ flags, that they
        reach them. None where `_names` is."""
        names = self._names(event)
        if names is None:
            return None
        mgr = self.mgr
        sem = self.semantics
        node = event.node
        terms = [sem.bv(name) if isinstance(name, int) else name for name in names]
        insn = self.obj.functions[node.function].code.insns[node.index]
        effect = self.graph.calls[(node.function, node.index)].effect if isinstance(insn, Call) else None
        if event.misuse is Misuse.UNCLEAR_LOCK:
            assert effect is not None
            pointer = sem.read_reg(self._view(node), region_register(event.detail, effect.opens + effect.closes))
            return mgr.Not(mgr.Equals(pointer, terms[-1]))
        if isinstance(insn, Call):  # what the call fills through its pointer arguments reaches the flags
            reached = []
            if effect is not None and "irq" in effect.opens:  # a save writes the flags it is handed
                flags = sem.read_reg(self._view(node), region_register("irq", effect.opens))
                reached.extend(mgr.Equals(flags, name) for name in terms)
            for havoc in self._written_by(node):
                start = sem.bv(havoc.start) if havoc.at is None else havoc.at
                for name in terms:
                    within = [mgr.BVULT(start, mgr.BVAdd(name, sem.bv(8))), mgr.BVULT(name, sem.bv(havoc.end))]
                    if havoc.size is not None:
                        within.append(mgr.BVULT(name, mgr.BVAdd(start, havoc.size)))
                    reached.append(mgr.And(within))
            return mgr.Or(reached)
        assert isinstance(insn, Store | Atomic)
        base = self.value(node, insn.dst)
        address = mgr.BVAdd(base if base is not None else sem.bv(0), A.imm64(mgr, insn.off))
        return mgr.Or([sem.lands_on(address, int(insn.size), name, 8) for name in names])

    def starts_at(self, head: Node | None) -> Term:
        """With a cut encoding: the path starts at `head` (None: at the root)."""
        start = self.mgr.Symbol("start", BVType(32))
        return self.mgr.Equals(start, self.mgr.BV(self.cut[head] if head is not None else 0, 32))

    @property
    def shortcuts(self) -> dict[Node, Node]:
        if self._shortcuts is None:
            # a loop head is reached whatever its dominator does: no shortcut may lead past one
            self._shortcuts = {} if self.cut else reach_shortcuts(self.graph, self.preds, self._check_deadline)
        return self._shortcuts

    def guard(self, edge: Edge) -> Term:
        key = id(edge)
        if key not in self._guard:
            insn = self.obj.functions[edge.source.function].code.insns[edge.source.index]
            conditional = isinstance(insn, Jump | MayGoto | Call)
            condition = self.effect(edge.source).conditions.get(edge.kind) if conditional else None
            reach = self.reach(edge.source)
            picks = self.graph.picks.get((edge.source, edge.target)) if edge.target is not None else None
            chosen = self._chosen_callback(edge) if edge.kind is EdgeKind.CALLBACK_ENTER else None
            if chosen is not None:
                condition = chosen if condition is None else self.mgr.And(condition, chosen)
            if picks:
                condition = self._picked(edge.source, picks) if condition is None else \
                    self.mgr.And(condition, self._picked(edge.source, picks))
            self._guard[key] = reach if condition is None else self.mgr.And(reach, condition)
        return self._guard[key]

    def _chosen_callback(self, edge: Edge) -> Term | None:
        """Where the call may run one of several callbacks (clang made one call of two that pass different ones),
        that the callback register holds the one this edge enters; None where there is one."""
        source, target = edge.source, edge.target
        site = self.graph.calls.get((source.function, source.index))
        if target is None or site is None or site.effect is None:
            return None
        targets = {e.target.function for e in self.graph.out.get(source, ())
                   if e.kind is EdgeKind.CALLBACK_ENTER and e.target is not None}
        register = next((c.register for c in site.effect.callbacks if c.context is Context.INHERIT), None)
        held = self._passed.get(id(source), {}).get(register) if register is not None else None
        if len(targets) < 2 or held is None:
            return None
        return self.mgr.Equals(held, self.semantics.function_address(target.function))

    def _picked(self, node: Node, picks: tuple[Pick, ...]) -> Term:
        """The call's pointer argument names the flags of one of the ways."""
        terms = []
        for pick in picks:
            held = self.value(node, pick.register)
            wanted = self.semantics.bv(frame_pointer(pick.depth) + pick.offset)
            terms.append(self.mgr.Equals(held if held is not None else self.semantics.bv(0), wanted))
        return self.mgr.Or(terms)

    # --- values -----------------------------------------------------------------------------------------------
    def value(self, node: Node, loc: Loc) -> Term | None:
        """The value of a location when `node` starts."""
        key = (id(node), loc)
        if key in self._value:
            return self._value[key]
        self._looked += 1
        if self._looked % DEADLINE_VALUES == 0:
            self._check_deadline()
        # back along a line of nodes, each the only way into the next, that leave the location alone: the value is
        # the one where the line starts (in a loop, not recursing node by node through thousands of them)
        line: list[Node] = []
        while loc != 10 and node != self.graph.root and node not in self.cut:
            incoming = self.preds.get(node, ())
            source = incoming[0].source if len(incoming) == 1 else None
            if source is None or self._changes(source, loc):
                break
            line.append(node)
            node = source
            key = (id(node), loc)
            if key in self._value:
                return self._remember(line, loc, self._value[key])
        if loc == 10:  # read-only: the frame pointer of the node's own frame
            result = self.semantics.bv(frame_pointer(len(node.frames)))
        elif node == self.graph.root and node not in self.cut:
            result = self._initial(loc)
        else:
            incoming = self.preds.get(node, ())
            values = [self.flow(edge, loc) for edge in incoming]
            result = self._merge(incoming, values, loc)
            if node in self.cut and (invariant := self._invariant(node, loc)) is not None:
                result = self.semantics.bv(invariant)
            elif node in self.cut:
                width = 8 if isinstance(loc, tuple) and loc[0] == "mem" else 64
                fresh = self.symbols.fresh(f"head@{node.function}+{node.index}", None, width)
                self.symbols.anywhere.add(fresh)  # it may be a stack pointer: a store through it reaches anything
                before = self._initial(loc) if node == self.graph.root else result
                result = fresh if before is None else self.mgr.Ite(self.starts_at(node), fresh, before)
        self._value[key] = result
        return self._remember(line, loc, result)

    def word(self, node: Node, address: int, size: int) -> Term | None:
        """The little-endian number in `size` stack bytes when `node` starts (None where a byte has no value).
        Followed back as one value while the bytes were stored together (a spill and its fill, an iterator's
        counters), so a join makes one if-then-else for the word rather than one per byte, and a fill reads the
        register spilled; byte by byte from where they were not."""
        if size == 1:
            return self.value(node, mem(address))
        loc: Loc = ("word", address, size)
        key = (id(node), loc)
        if key in self._value:
            return self._value[key]
        line: list[Node] = []  # as in value(): a line of nodes that store nothing
        while node != self.graph.root and node not in self.cut:
            incoming = self.preds.get(node, ())
            source = incoming[0].source if len(incoming) == 1 else None
            if source is None or self._changes(source, mem(address)):
                break
            line.append(node)
            node = source
            key = (id(node), loc)
            if key in self._value:
                return self._remember(line, loc, self._value[key])
        result: Term | None = None
        if node != self.graph.root and node not in self.cut:
            incoming = self.preds.get(node, ())
            values = [self._flow_word(edge, address, size) for edge in incoming]
            if values and all(v is not None for v in values):
                result = self._merge(incoming, values, loc)
        if result is None:
            parts = [self.value(node, mem(address + i)) for i in range(size)]
            result = None if any(p is None for p in parts) else join_bytes(self.mgr, parts)  # type: ignore[arg-type]
        self._value[(id(node), loc)] = result
        return self._remember(line, loc, result)

    def word_along(self, edge: Edge, address: int, size: int) -> Term | None:
        """The little-endian number in `size` stack bytes as they leave along `edge` (None where a byte has no
        value)."""
        whole = self._flow_word(edge, address, size) if size > 1 else None
        if whole is not None:
            return whole
        parts = [self.flow(edge, mem(address + i)) for i in range(size)]
        return None if any(p is None for p in parts) else join_bytes(self.mgr, parts)  # type: ignore[arg-type]

    def _flow_word(self, edge: Edge, address: int, size: int) -> Term | None:
        """The word as it leaves along `edge`, where the source's step leaves it whole or stores it whole; None
        where it writes part of it (the caller then reads it byte by byte)."""
        source = edge.source
        if not self._changes(source, mem(address)):
            return self.word(source, address, size)
        effect = self.effect(source)
        entry = effect.frame_entry.get(edge.kind)
        if entry is not None and any(mem(address + i) in entry for i in range(size)):
            return None
        delta = effect.deltas.get(edge.kind)
        if delta is None:
            return self.word(source, address, size)
        parts = [delta.values.get(mem(address + i)) for i in range(size)]
        if all(part is None for part in parts):
            if any(h.start < address + size and address < h.end for h in delta.havoc):
                return None
            return self.word(source, address, size)
        return _whole(self.mgr, parts)

    def defined_bytes(self, node: Node, start: int, end: int) -> Iterable[int]:
        """The stack addresses in [start, end) that a step before `node` may give a value: only a step's own delta
        or frame entry defines a stack byte (none holds one at the start, and a store at a computed address changes
        only bytes that hold one), unless a loop head's fresh values come first, which define every byte."""
        if node in self.cut:
            return range(start, end)
        defined: set[int] = set()
        seen = {node}
        work = [node]
        while work:
            for edge in self.preds.get(work.pop(), ()):
                source = edge.source
                if source in seen:
                    continue
                seen.add(source)
                work.append(source)
                if source in self.cut:
                    return range(start, end)
                if len(self.run(source)) > 1 or \
                        not isinstance(self.obj.functions[source.function].code.insns[source.index],
                                       Store | Atomic | Call | Exit):
                    continue
                effect = self.effect(source)
                for delta in effect.deltas.values():
                    defined.update(loc[1] for loc in delta.values if isinstance(loc, tuple) and loc[0] == "mem")
                    for havoc in delta.havoc:
                        defined.update(range(max(start, havoc.start), min(end, havoc.end)))
                for entry in effect.frame_entry.values():
                    defined.update(loc[1] for loc in entry if isinstance(loc, tuple) and loc[0] == "mem")
        return sorted(at for at in defined if start <= at < end)

    def _remember(self, line: list[Node], loc: Loc, result: Term | None) -> Term | None:
        for node in line:
            self._value[(id(node), loc)] = result
        return result

    def _invariant(self, head: Node, loc: Loc) -> int | None:
        """At a loop head, a register the code sets to one frame address on every path in (a buffer pointer made
        before the loop): that address, in every iteration."""
        if not isinstance(loc, int) or not 1 <= loc <= 9:
            return None
        offset = stack_origin(self.obj.functions[head.function], head.index, loc)
        return None if offset is None or offset is False else frame_pointer(len(head.frames)) + offset

    def _initial(self, loc: Loc) -> Term | None:
        if loc == 10:
            return self.semantics.bv(frame_pointer(0))
        if isinstance(loc, int):
            return self.entry_args.get(loc)
        if loc[0] == "mem" and in_ctx(loc[1]):  # a context byte not stored to yet: the program's input
            return self.semantics.ctx_input(loc[1] - CTX_BASE, self.symbols.ctx_byte)
        return None

    def _merge(self, incoming: Iterable[Edge], values: list[Term | None], loc: Loc) -> Term | None:
        edges = list(incoming)
        if not values:
            return None
        first = values[0]
        if all(v is first for v in values):
            return first
        width = 8 if isinstance(loc, tuple) and loc[0] == "mem" else 64
        nothing = NOT_RUNNING if isinstance(loc, tuple) and loc[0] == "runs" else 0
        filled = [v if v is not None else self.mgr.BV(nothing, width) for v in values]
        result = filled[-1]
        for edge, value in zip(reversed(edges[:-1]), reversed(filled[:-1]), strict=True):
            result = self.mgr.Ite(self.guard(edge), value, result)
        return result

    def flow(self, edge: Edge, loc: Loc) -> Term | None:
        """The value of a location as it leaves along `edge`."""
        if not self._changes(edge.source, loc):
            return self.value(edge.source, loc)
        run = self.run(edge.source)
        if len(run) > 1:
            return self._in_run(edge.source, len(run), loc)
        effect = self.effect(edge.source)
        entry = effect.frame_entry.get(edge.kind)
        if entry is not None and (isinstance(loc, int) or loc in entry):
            if loc in entry:
                return entry[loc]
            return None
        delta = effect.deltas.get(edge.kind)
        if delta is not None:
            if loc in delta.values:
                return delta.values[loc]
            if isinstance(loc, tuple) and loc[0] == "mem" and delta.havoc:
                covering = [havoc for havoc in delta.havoc if havoc.start <= loc[1] < havoc.end]
                if covering:
                    return self._havocked(edge.source, loc[1], covering)
        return self.value(edge.source, loc)

    def _havocked(self, node: Node, address: int, havocs: list[Havoc]) -> Term:
        """A byte after a call or store that may change it, each of `havocs` in turn (a call may write through two
        arguments, one of them at an address the encoding computes)."""
        key = (id(node), ("havoc", address))
        cached = self._value.get(key)  # type: ignore[call-overload]
        if cached is None:  # what the byte held, where the first havoc may leave it (looked up only then)
            cached = self.value(node, mem(address)) if havocs[0].size is not None else None
            for havoc in havocs:
                cached = self._havoc_byte(node, address, havoc, cached)
            self._value[key] = cached  # type: ignore[index]
        return cached

    def _havoc_byte(self, node: Node, address: int, havoc: Havoc, old: Term | None) -> Term:
        """The byte after one havoc, `old` before it (None where the frame held no value there)."""
        if havoc.stored is not None and havoc.at is not None:
            return self._stored_at(node, address, havoc.at, havoc.stored, old)
        unknown = None
        if havoc.arg:
            detail = written_detail(havoc.arg, address - havoc.start)
            unknown = Unknown(InputKind.WRITTEN, node.function, node.index, detail, 8)
        byte = self._fresh_byte(node, unknown)
        site = self.graph.calls.get((node.function, node.index)) if havoc.arg else None
        if site is not None and site.effect is not None and site.effect.zeroes_on_failure and id(node) in self._results:
            failed = self.mgr.BVSLT(self._results[id(node)], self.semantics.bv(0))
            byte = self.mgr.Ite(failed, self.mgr.BV(0, 8), byte)
        if in_ctx(address):  # a narrow field of a context the call changed reads as narrow as before
            written = byte
            byte = self.semantics.ctx_input(address - CTX_BASE, lambda _: written)
        if havoc.size is not None and old is not None:
            offset = self.semantics.bv(address - havoc.start) if havoc.at is None else \
                self.mgr.BVSub(self.semantics.bv(address), havoc.at)
            byte = self.mgr.Ite(self.mgr.BVULT(offset, havoc.size), byte, old)
        return byte

    def _fresh_byte(self, node: Node, unknown: Unknown | None) -> Term:
        """An unknown byte the node's step leaves: the node's input, whichever node's effect was being built when
        it was first read."""
        byte = self.symbols.fresh(f"havoc@{node.function}+{node.index}", unknown, 8)
        self._claimed_by_outer(self.symbols.counter, self.symbols.counter)
        self.node_symbols.setdefault(node, []).append(f"#{self.symbols.counter}")
        return byte

    def _stored_at(self, node: Node, address: int, at: Term, stored: Term, byte: Term | None) -> Term:
        """A byte after a store at an address the encoding computes: the stored value's byte where the store lands
        on it, else the byte as it was (`byte`; any value, where the frame held none there)."""
        mgr = self.mgr
        if byte is None:
            byte = self._fresh_byte(node, None)
        for i in range(stored.bv_width() // 8):
            byte = mgr.Ite(mgr.Equals(at, self.semantics.bv(address - i)), mgr.BVExtract(stored, 8 * i, 8 * i + 7),
                           byte)
        return byte

    # --- one node's effect --------------------------------------------------------------------------------------
    def effect(self, node: Node) -> _NodeEffect:
        if node in self._effect:
            return self._effect[node]
        if len(self._effect) % DEADLINE_STEP == 0:
            self._check_deadline()
        effect = self._claiming(node, lambda: self._compute_effect(node))
        self._effect[node] = effect
        return effect

    def _check_deadline(self) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise EncodingTimeout(f"the time ran out while encoding ({len(self._effect)} nodes so far)")

    def _claiming(self, node: Node, compute: Callable[[], T]) -> T:
        """`compute()`, whose unknowns are the node's but for those another node claimed meanwhile. A node's effect
        may pull in other nodes' effects (a value read through them), whose symbols are theirs: two nodes of one
        instruction (other context states) must not give one input two values. What the computations it pulls in
        claim is kept per computation as ranges of symbol numbers, so a deep chain of them costs no rescans."""
        before = self.symbols.counter
        self._claims.append([])
        try:
            result = compute()
        finally:
            taken = self._claims.pop()
        after = self.symbols.counter
        mine: list[int] = []
        start = before + 1
        for first, last in sorted(taken):
            mine.extend(range(start, first))
            start = max(start, last + 1)
        mine.extend(range(start, after + 1))
        self._claimed_by_outer(before + 1, after)
        if mine:
            self.node_symbols.setdefault(node, []).extend(f"#{i}" for i in mine)
        return result

    def _claimed_by_outer(self, first: int, last: int) -> None:
        """Tell the computation under way that symbols first..last are taken."""
        if self._claims and first <= last:
            self._claims[-1].append((first, last))

    def _view(self, node: Node) -> _View:
        return _View(self, node)

    def run(self, node: Node) -> range:
        """The instructions the node's step executes: one, or a straight run up to its one edge's target."""
        run = self._runs.get(id(node))
        if run is None:  # a cut edge leaves where the run ends as well (a walk's cut may fall into a head)
            edges = (*self.graph.out.get(node, ()), *self._closing.get(node, ()))
            end = node.index + 1
            if len(edges) == 1 and (target := edges[0].target) is not None and edges[0].kind is EdgeKind.FALL and \
                    target.function == node.function and target.frames == node.frames and target.index > end:
                end = target.index
            run = self._runs[id(node)] = range(node.index, end)
        return run

    def _changes(self, node: Node, loc: Loc) -> bool:
        """Whether the node's step can change a location, decided without building any term."""
        changed = self._changed.get(id(node))
        if changed is None:
            changed = self._changed[id(node)] = self._may_change(node)
        if changed is True:
            return True
        registers, stores = changed
        return loc in registers if isinstance(loc, int) else stores and loc[0] == "mem"

    def _may_change(self, node: Node) -> tuple[frozenset[int], bool] | Literal[True]:
        if len(self.run(node)) > 1:  # a straight run stores nothing
            return frozenset(self._run_sets(node)), False
        insn = self.obj.functions[node.function].code.insns[node.index]
        if isinstance(insn, Call | Exit):
            return True
        return frozenset(defined_registers(insn)), isinstance(insn, Store | Atomic)

    def _run_sets(self, node: Node) -> dict[int, list[int]]:
        """For a straight run: each register it sets, with the positions in the run of the instructions that do."""
        sets = self._sets.get(node)
        if sets is None:
            sets = self._sets[node] = {}
            insns = self.obj.functions[node.function].code.insns
            for position, index in enumerate(self.run(node)):
                for n in defined_registers(insns[index]):
                    sets.setdefault(n, []).append(position)
        return sets

    def _setter(self, node: Node, position: int, loc: Loc) -> int | None:
        """The position of the last instruction before `position` in the node's step that sets the location, if
        any (only registers are set: a straight run stores nothing)."""
        if not isinstance(loc, int):
            return None
        positions = self._run_sets(node).get(loc, ())
        before = bisect.bisect_left(positions, position)
        return positions[before - 1] if before else None

    def _in_run(self, node: Node, position: int, loc: Loc) -> Term | None:
        """A location's value before the instruction at `position` of the node's straight run: from the last one
        before it that sets it, else from the node's entry. Only the instructions a query needs are encoded."""
        setter = self._setter(node, position, loc)
        if setter is not None:
            return self._run_step(node, setter).values[loc]
        return self.value(node, loc)

    def _run_step(self, node: Node, position: int) -> Delta:
        """One instruction of a straight run, encoded once; the unknowns it makes are the run node's inputs."""
        key = (node, position)
        step = self._steps.get(key)
        if step is None:
            function = self.obj.functions[node.function]
            index = self.run(node)[position]
            step = self._claiming(node, lambda: self.semantics.execute(
                _RunView(self, node, position), function.code.insns[index], function, index,
                f"{node.function}+{index}"))
            self._steps[key] = step
        return step

    def _compute_effect(self, node: Node) -> _NodeEffect:
        sem = self.semantics
        mgr = self.mgr
        function = self.obj.functions[node.function]
        insn = function.code.insns[node.index]
        view = self._view(node)
        tag = f"{node.function}+{node.index}"
        kinds = {edge.kind for edge in (*self.graph.out.get(node, ()), *self._closing.get(node, ()))}
        if isinstance(insn, Jump):
            cond = A.compare(mgr, insn.op, insn.wide, sem.read_reg(view, insn.dst), sem.operand(view, insn.src))
            return _NodeEffect({}, {EdgeKind.TAKEN: cond, EdgeKind.NOT_TAKEN: mgr.Not(cond)})
        if isinstance(insn, MayGoto):
            choice = self._choice(Unknown(InputKind.MAY_GOTO, node.function, node.index), tag)
            return _NodeEffect({}, {EdgeKind.TAKEN: choice, EdgeKind.NOT_TAKEN: mgr.Not(choice)})
        if isinstance(insn, Goto):
            return _NodeEffect({}, {})
        if isinstance(insn, Exit):
            return _NodeEffect({kind: self._return(node) for kind in kinds}, {})
        if isinstance(insn, Call):
            return self._call(node, view, kinds, tag)
        assert len(self.run(node)) == 1, "a straight run's values are read one at a time (flow)"
        delta = sem.execute(view, insn, function, node.index, tag)
        return _NodeEffect({kind: delta for kind in kinds}, {})

    def _choice(self, unknown: Unknown, tag: str) -> Term:
        bit = self.symbols.fresh(f"choice@{tag}", unknown, 1)
        return self.mgr.Equals(bit, self.mgr.BV(1, 1))

    def _return(self, node: Node) -> Delta:
        """Leaving a function: the caller's r6-r10 come back from where the call saved them; r1-r5 read 0, but
        for a callback, whose next run gets its helper's arguments again (the helper's own return clears them). A
        callback whose helper stops at a nonzero return (bpf_loop, for_each) runs no more after one."""
        depth = len(node.frames) - 1
        delta = Delta()
        if depth < 0:
            return delta
        for n in range(6, 11):
            saved = self.value(node, ("saved", depth, n))
            if saved is not None:
                delta.values[n] = saved
        frame = node.frames[-1]
        for n in range(1, 6):  # back at its helper's call, a callback leaves the call's registers as they were
            kept = self.value(node, ("call", depth, frame.resume, n)) if frame.callback else None
            delta.values[n] = kept if kept is not None else self.semantics.bv(0)
        if frame.callback and self._stops_on_nonzero(self.graph.calls[(frame.function, frame.resume)]):
            runs: Loc = ("runs", depth, frame.resume)
            ran = self.value(node, runs)
            returned = self.value(node, 0)
            if ran is not None and returned is not None:
                delta.values[runs] = self.mgr.Ite(self.mgr.Equals(returned, self.semantics.bv(0)), ran,
                                                  self.semantics.bv(STOPPED))
                delta.values[("stopped after", depth, frame.resume)] = ran  # the runs so far, this one included
        return delta

    def _stops_on_nonzero(self, site: CallSite) -> bool:
        """Whether a nonzero return ends the callback's runs: not as the verifier sees them, for it follows the
        callback as often as it may run whatever it returns."""
        return not self.runs_as_verified and \
            INVOCATIONS.get(site.effect.name if site.effect is not None else "", DEFAULT).stops_on_nonzero

    def _enter(self, node: Node, args: Mapping[Loc, Term | None]) -> dict[Loc, Term | None]:
        """A new frame: arguments in r1-r5 (and bytes the call writes for it), a fresh frame pointer, the caller's
        r6-r10 saved."""
        depth = len(node.frames)
        entry: dict[Loc, Term | None] = {n: None for n in range(11)}
        entry.update(args)
        entry[10] = self.semantics.bv(frame_pointer(depth + 1))
        view = self._view(node)
        for n in range(6, 11):
            entry[("saved", depth, n)] = view.reg(n)
        return entry

    def _call(self, node: Node, view: _View, kinds: set[EdgeKind], tag: str) -> _NodeEffect:
        sem = self.semantics
        mgr = self.mgr
        site = self.graph.calls[(node.function, node.index)]
        if site.local is not None:
            args: dict[int, Term | None] = {n: view.reg(n) for n in range(1, 6)}
            return _NodeEffect({}, {}, {EdgeKind.CALL: self._enter(node, args)})
        if site.effect is not None and site.effect.name in iterators.KFUNCS:
            stepped = self._number_iterator(node, view, site.effect.name, tag)
            if stepped is not None:
                return _NodeEffect({kind: stepped for kind in kinds}, {})
        conditions: dict[EdgeKind, Term] = {}
        frame_entry: dict[EdgeKind, dict[Loc, Term | None]] = {}
        iterate = None
        counted = False
        exact = mgr.TRUE()  # where the runs are counted: when the count is the kernel's
        runs: Loc = ("runs", len(node.frames), node.index)
        passed: dict[int, Term | None] | None = None  # R1-R5 as a callback-running call had them
        if EdgeKind.CALLBACK_ENTER in kinds:
            ran, kept = self._iterations(node, view, runs)
            passed = self._passed[id(node)] = kept
            limit = self._limit(node, site, kept)
            # where the explorer stops at a callback's repeated return, its one run stands for every iteration
            shares = any(e.kind is EdgeKind.CALLBACK_ENTER and e.target is not None and e.target.frames[-1].runs_differ
                         for e in self.graph.out.get(node, ()))
            # a callback the kernel runs a known number of times runs again while it has not run that often, where
            # the runs are unrolled one by one; else as often as a choice says, up to the limit
            counted = shares and limit is not None and self._whole(node, site) and not self.runs_as_verified
            if counted and limit is not None and limit.is_bv_constant() and limit.constant_value() <= EXACT_RUNS:
                iterate = mgr.TRUE()
            else:
                iterate = self._choice(Unknown(InputKind.CALLBACK_COUNT, node.function, node.index), tag)
                if counted and limit is not None:  # a count past EXACT_RUNS may stop anywhere
                    exact = mgr.BVULE(limit, sem.bv(EXACT_RUNS))
                    iterate = mgr.Or(exact, iterate)
            if limit is not None:
                iterate = mgr.And(iterate, mgr.BVULT(ran, limit))
            if self._stops_on_nonzero(site):
                iterate = mgr.And(iterate, mgr.Not(mgr.Equals(ran, sem.bv(STOPPED))))
            conditions[EdgeKind.CALLBACK_ENTER] = iterate
            index = ran
            if not shares:  # any iteration: a witness runs the callback until this one (inputs_of)
                index = self.symbols.fresh(f"index@{tag}", Unknown(InputKind.CALLBACK_COUNT, node.function,
                                                                   node.index, ITERATION_INDEX), 64)
                if limit is not None:
                    conditions[EdgeKind.CALLBACK_ENTER] = mgr.And(iterate, mgr.BVULT(index, limit))
            entry = self._enter(node, self._callback_args(node, site, kept, tag, index))
            entry[runs] = mgr.BVAdd(ran, sem.bv(1))
            for n, value in kept.items():
                entry[("call", len(node.frames), node.index, n)] = value
            frame_entry[EdgeKind.CALLBACK_ENTER] = entry
        elif site.callbacks and (node.function, node.index) in self.graph.counted and self._whole(node, site) and \
                not self.runs_as_verified:
            ran, passed = self._iterations(node, view, runs)  # the callback ran all its runs: the call returns
            counted = True
        result = self.symbols.run_constant(site.effect.name) if site.effect is not None and site.effect.run_constant \
            else self._call_result(node, tag)
        if counted:
            self._result_counts_runs(node, site, view, result, ran, runs, exact)
        if passed is not None and not self.runs_as_verified:
            self._refused_result(site, passed, result)
        delta = Delta()
        delta.values[0] = self._results[id(node)] = result
        if iterate is not None or site.callbacks:  # the next time the call is reached, its callback runs afresh
            delta.values[runs] = sem.bv(NOT_RUNNING)
        delta.havoc.extend(self._written_by(node))
        for n in range(1, 6):
            delta.values[n] = sem.bv(0)
        done = mgr.Not(iterate) if iterate is not None else None
        if site.effect is not None:
            self._bound_result(site.effect, view, result)
            if site.effect.never_null:
                self.axioms.append(mgr.Not(mgr.Equals(result, sem.bv(0))))
            if returns_kernel_object(self.obj, site.effect):
                self.axioms.append(kernel_pointer_or_null(mgr, result))
        for region in site.effect.opens if site.effect is not None else ():  # what a release must name
            if region == "irq" or region in LOCK_REGIONS:
                depth = sum(o.region == region and o.key != RCU_WALK for o in node.state.open)
                delta.values[_opened(region, depth)] = sem.read_reg(view, region_register(region, site.effect.opens))
        if site.effect is not None and site.effect.name == lookups.LOOKUP:
            found = self._always_found(node, view)
            if found is not None:  # no run gets NULL there
                self.axioms.append(mgr.Implies(found, mgr.Not(mgr.Equals(result, sem.bv(0)))))
            # a map value is never in a stack frame: a store through the pointer, spilled and read back, reaches
            # no saved IRQ flags (the interpreter gives it a region of its own)
            self.axioms.append(mgr.Or(mgr.BVULT(result, sem.bv(FRAME_BASE)), mgr.BVUGE(result, sem.bv(STACK_END))))
        outcomes: dict[EdgeKind, Term] = {}
        if site.effect is not None and site.effect.fails_with is not None:
            low, high = site.effect.fails_with
            outcomes[EdgeKind.ACQUIRED] = mgr.Equals(result, sem.bv(0))
            outcomes[EdgeKind.FAILED] = mgr.And(mgr.BVSGE(result, sem.bv(low)), mgr.BVSLE(result, sem.bv(high)))
            # the result is one of the two: every run goes on along one of the edges, as the pre-pass's branches
            # on it (decided by the outcome) and the shortcuts past them (reach_shortcuts) take for granted
            self.axioms.append(mgr.Or(*outcomes.values()))
        for kind in kinds - {EdgeKind.CALLBACK_ENTER}:
            condition = done
            if kind in (EdgeKind.ACQUIRED, EdgeKind.FAILED):
                assert kind in outcomes, "only a lock that may fail has an outcome"
                condition = outcomes[kind] if condition is None else mgr.And(condition, outcomes[kind])
            if condition is not None:
                conditions[kind] = condition
        # a lock that fails writes nothing (bpf_res_spin_lock_irqsave stores the flags only once it holds the lock)
        failed = replace(delta, havoc=[]) if EdgeKind.FAILED in outcomes else delta
        return _NodeEffect({kind: failed if kind is EdgeKind.FAILED else delta
                            for kind in kinds - {EdgeKind.CALLBACK_ENTER}}, conditions, frame_entry)

    def _bound_result(self, effect: CallEffect, view: _View, result: Term) -> None:
        """What a helper's result cannot exceed (model/kernel/results.py, or the range its documentation states), as
        an axiom about its own unknown: where the size argument is below the range's low end (a run the verifier
        refuses), nothing is asserted."""
        mgr = self.mgr
        sem = self.semantics
        call = effect.name
        if effect.result_range is not None:
            low, high = effect.result_range
            self.axioms.append(mgr.And(mgr.BVSLE(sem.bv(low), result), mgr.BVSLE(result, sem.bv(high))))
        elif call == results.CPU_ID:
            self.axioms.append(mgr.BVULT(result, sem.bv(results.cpu_ids(self.obj.nr_cpu_ids))))
        elif call in results.BOUNDED_BY_SIZE:
            size = view.reg(results.BOUNDED_BY_SIZE[call])
            if size is not None:
                low = sem.bv(-results.MAX_ERRNO)
                self.axioms.append(mgr.Implies(mgr.BVSLE(low, size),
                                               mgr.And(mgr.BVSLE(low, result), mgr.BVSLE(result, size))))

    def _call_result(self, node: Node, tag: str) -> Term:
        """A helper's or kfunc's R0: the call's CALL_RESULT input."""
        return self.semantics.symbols.fresh(f"ret@{tag}", Unknown(InputKind.CALL_RESULT, node.function, node.index),
                                            64)

    def _always_found(self, node: Node, view: _View) -> Term | None:
        """When a lookup cannot fail (model/kernel/lookups.py): an array map in R1 and its key's bytes on the
        stack, below max_entries; None where the code does not show the map or the key."""
        found = self._map_in_r1(node)
        key = self.known(node, 2)
        if found is None or found.map_type not in lookups.ALWAYS_PRESENT or key is None or frame_of(key) is None:
            return None
        index = view.word(key, lookups.KEY_SIZE)
        entries = lookups.known_entries(found)
        if index is None or entries is None:
            return None
        return self.mgr.BVULT(index, self.mgr.BV(entries, 8 * lookups.KEY_SIZE))

    def _number_iterator(self, node: Node, view: _View, call: str, tag: str) -> Delta | None:
        """bpf_iter_num_new, _next and _destroy on the iterator's bytes (model/kernel/iterators.py), where the code
        shows which stack slot the iterator is; None where it does not (the call is then any call)."""
        it = self.known(node, 1)
        if it is None or frame_of(it) is None:
            return None
        sem = self.semantics
        mgr = self.mgr
        zero = mgr.BV(0, 32)
        delta = Delta()
        if call == iterators.NEW:
            start, stop = A.low32(mgr, sem.read_reg(view, 2)), A.low32(mgr, sem.read_reg(view, 3))
            span = mgr.BVSub(A.sext(mgr, stop, 32, 64), A.sext(mgr, start, 32, 64))
            valid = mgr.And(mgr.BVSLE(start, stop), mgr.BVSLE(span, sem.bv(iterators.MAX_SPAN)))
            cur = mgr.Ite(valid, mgr.BVSub(start, mgr.BV(1, 32)), zero)
            end = mgr.Ite(valid, stop, zero)
            delta.values[0] = self._call_result(node, tag)
        elif call == iterators.NEXT:
            now = view.word(it + iterators.CUR, 4)
            last = view.word(it + iterators.END, 4)
            if now is None or last is None:
                return None
            following = mgr.BVAdd(now, mgr.BV(1, 32))
            done = mgr.BVSGE(following, last)
            if self.runs_as_verified:  # the verifier's view: it may end at any step (a result of 0 says so)
                done = mgr.Or(done, mgr.Equals(self._call_result(node, tag), sem.bv(0)))
            following = self._verifier_unknown(following, f"iter@{tag}")
            cur = mgr.Ite(done, zero, following)
            end = mgr.Ite(done, zero, last)
            delta.values[0] = mgr.Ite(done, sem.bv(0), sem.bv(it))
        else:
            cur = end = zero
            delta.values[0] = sem.bv(0)
        for i in range(4):
            delta.values[mem(it + iterators.CUR + i)] = mgr.BVExtract(cur, 8 * i, 8 * i + 7)
            delta.values[mem(it + iterators.END + i)] = mgr.BVExtract(end, 8 * i, 8 * i + 7)
        for n in range(1, 6):
            delta.values[n] = sem.bv(0)
        return delta

    def _verifier_unknown(self, value: Term, name: str) -> Term:
        """A value the verifier does not know (an iterator's number, a callback's iteration index): where the
        program names IRQ flags at computed offsets, an unknown bound to the value by an axiom that the run's copy in
        `_two_offsets` goes without, so the copy knows it only from the code's checks on it; else the value."""
        if self.exact is None:
            return value
        unknown = self.symbols.fresh(name, None, value.bv_width())
        binding = self.mgr.Equals(unknown, value)
        self.axioms.append(binding)
        self.exact.add(binding)
        return unknown

    def _callback_args(self, node: Node, site: CallSite, call: dict[int, Term | None], tag: str, ran: Term
                       ) -> dict[Loc, Term | None]:
        """A sync callback's R1-R5: the registers of the call the kernel passes on (a callback_ctx pointer into the
        caller's stack, through which the callback may write), the iteration number, the address of an array walk's
        key with the bytes of the index there, unknowns for the rest (kernel objects)."""
        name = site.effect.name if site.effect is not None else ""
        invocation = INVOCATIONS.get(name, DEFAULT)
        walked = self._map_in_r1(node) if invocation.index_key is not None else None
        key = index_key(name, walked)
        entries = lookups.known_entries(walked) if walked is not None else None
        held = self.mgr.BVURem(ran, self.semantics.bv(entries)) if entries else ran  # a run past the kernel's count
        # (as verified) still gets an index of the array
        args: dict[Loc, Term | None] = {}
        for n in range(1, 6):
            spec = invocation.args[n - 1] if n <= len(invocation.args) else ("object",)
            if n == key:
                address = walk_key(len(node.frames))
                args[n] = self.semantics.bv(address)
                for i in range(lookups.KEY_SIZE):
                    args[mem(address + i)] = self.mgr.BVExtract(held, 8 * i, 8 * i + 7)
            elif spec[0] == "caller" and len(spec) == 2:
                args[n] = call[spec[1]]
            elif spec[0] == "index":
                args[n] = self._verifier_unknown(ran, f"index@{tag}")
            else:
                args[n] = self.symbols.fresh(f"cbarg@{tag}", None, 64)
                if n <= len(invocation.args):  # a key, a value, a vma the kernel hands over: never NULL
                    self.axioms.append(kernel_pointer(self.mgr, args[n]))
        return args

    def _iterations(self, node: Node, view: _View, runs: Loc) -> tuple[Term, dict[int, Term | None]]:
        """How many times the callback ran so far at this call, and R1-R5 as the call had them when it was reached
        (a callback's return leaves them 0): both carried through the callback's frame as locations of the
        caller's frame."""
        sem = self.semantics
        mgr = self.mgr
        before = self.value(node, runs) or sem.bv(NOT_RUNNING)
        if before.is_bv_constant() and before.constant_value() == NOT_RUNNING:
            return sem.bv(0), {n: view.reg(n) for n in range(1, 6)}
        locs: dict[int, Loc] = {n: ("call", len(node.frames), node.index, n) for n in range(1, 6)}
        fresh = mgr.Equals(before, sem.bv(NOT_RUNNING))  # merged paths: some reach the call anew
        incoming = self.preds.get(node, ())
        arriving = [e for e in incoming if e.kind is not EdgeKind.CALLBACK_RETURN]
        returning = [e for e in incoming if e.kind is EdgeKind.CALLBACK_RETURN]
        if node not in self.cut and arriving and returning:
            # a run that reaches the call anew comes along the first edges, one that comes back from the callback
            # along the others: R1-R5 as each kind leaves them, so that a callback context pointer stays the
            # constant it is rather than a merge with the callback's own registers
            now = {n: self._merge(arriving, [self.flow(e, n) for e in arriving], n) for n in range(1, 6)}
            earlier = {n: self._merge(returning, [self.flow(e, loc) for e in returning], loc)
                       for n, loc in locs.items()}
        else:
            now = {n: view.reg(n) for n in range(1, 6)}
            earlier = {n: self.value(node, loc) for n, loc in locs.items()}
        kept: dict[int, Term | None] = {}
        for n in range(1, 6):
            first, again = now[n], earlier[n]
            kept[n] = again if first is None or first is again else first if again is None else \
                mgr.Ite(fresh, first, again)
        return mgr.Ite(fresh, sem.bv(0), before), kept

    def _result_counts_runs(self, node: Node, site: CallSite, view: _View, result: Term, ran: Term,
                            runs: Loc, exact: Term) -> None:
        """bpf_loop returns how many times it ran the callback (i + 1 where a run stopped it, else nr_loops), and an
        array walk how many elements it met, the stopping one included (kernel/bpf/bpf_iter.c bpf_loop(),
        arraymap.c bpf_for_each_array_elem()), where the call is valid: no flag it refuses, no count past
        BPF_MAX_LOOPS, and where `exact` (the count is one the runs follow, not past EXACT_RUNS). A witness's
        result is then the run count its inputs give (inputs_of)."""
        mgr, sem = self.mgr, self.semantics
        invocation = INVOCATIONS.get(site.effect.name if site.effect is not None else "", DEFAULT)
        valid = [exact]
        if invocation.flags is not None:
            valid.append(mgr.Not(self._flags_refused(invocation, sem.read_reg(view, invocation.flags))))
        if invocation.bound == "nr_loops_r1":
            valid.append(mgr.Not(self._loops_refused(mgr.BVAnd(sem.read_reg(view, 1), sem.bv(0xFFFFFFFF)))))
        stopped_after = self.value(node, ("stopped after", runs[1], runs[2]))
        count = ran if stopped_after is None else \
            mgr.Ite(mgr.Equals(ran, sem.bv(STOPPED)), stopped_after, ran)
        self.axioms.append(mgr.Implies(mgr.And(*valid), mgr.Equals(result, count)))

    def _refused_result(self, site: CallSite, passed: dict[int, Term | None], result: Term) -> None:
        """What a call that refuses its arguments returns, before any callback runs: -EINVAL for a flag it does not
        allow, then (bpf_loop) -E2BIG for a count past BPF_MAX_LOOPS (kernel/bpf/bpf_iter.c bpf_loop(),
        arraymap.c and hashtab.c's walks)."""
        mgr, sem = self.mgr, self.semantics
        invocation = INVOCATIONS.get(site.effect.name if site.effect is not None else "", DEFAULT)
        flags = passed.get(invocation.flags) if invocation.flags is not None else None
        refused_flags = self._flags_refused(invocation, flags) if flags is not None else mgr.FALSE()
        if flags is not None:
            self.axioms.append(mgr.Implies(refused_flags, mgr.Equals(result, sem.bv(-EINVAL))))
        loops = passed.get(1)
        if invocation.bound == "nr_loops_r1" and loops is not None:
            too_many = self._loops_refused(mgr.BVAnd(loops, sem.bv(0xFFFFFFFF)))
            self.axioms.append(mgr.Implies(mgr.And(mgr.Not(refused_flags), too_many),
                                           mgr.Equals(result, sem.bv(-E2BIG))))

    def _loops_refused(self, loops: Term) -> Term:
        """bpf_loop's count (its R1's low 32 bits) past BPF_MAX_LOOPS: it returns -E2BIG before any callback runs."""
        return self.mgr.BVUGT(loops, self.semantics.bv(BPF_MAX_LOOPS))

    def _flags_refused(self, invocation: Invocation, flags: Term) -> Term:
        """A flag outside the call's allowed ones: it returns -EINVAL before any callback runs."""
        return self.mgr.Not(self.mgr.Equals(self.mgr.BVAnd(flags, self.semantics.bv(~invocation.flags_allowed)),
                                            self.semantics.bv(0)))

    def _whole(self, node: Node, site: CallSite) -> bool:
        call = site.effect.name if site.effect is not None else ""
        found = self._map_in_r1(node) if INVOCATIONS.get(call, DEFAULT).bound == "map_r1" else None
        return runs_exactly(call, found)

    def _limit(self, node: Node, site: CallSite, call: dict[int, Term | None]) -> Term | None:
        """At most how many times the kernel runs the callback (None: no bound it states); as the verifier sees it,
        bpf_loop's count, and VERIFIED_EXTRA_RUNS more than the kernel's for the others (explore.callback_limit)."""
        sem = self.semantics
        mgr = self.mgr
        name = site.effect.name if site.effect is not None else ""
        invocation = INVOCATIONS.get(name, DEFAULT)
        limit: Term | None = None
        match invocation.bound:
            case "nr_loops_r1":
                loops = mgr.BVAnd(call[1] or sem.bv(0), sem.bv(0xFFFFFFFF))
                if self.runs_as_verified:
                    return loops
                limit = mgr.Ite(self._loops_refused(loops), sem.bv(0), loops)
            case "once" | "map_r1":  # the count the pre-pass unrolls to, as the kernel or the verifier runs it
                bound = callback_limit(self.obj, self.obj.functions[node.function], node.index, name,
                                       self.runs_as_verified)
                if bound is not None and self.runs_as_verified:
                    return sem.bv(bound)
                limit = sem.bv(bound) if bound is not None else None
        flags = call[invocation.flags] if invocation.flags is not None else None
        if flags is None:
            return limit
        unbounded = limit if limit is not None else sem.bv(MASK64)
        return mgr.Ite(self._flags_refused(invocation, flags), sem.bv(0), unbounded)

    def _written_by(self, node: Node) -> list[Havoc]:
        """The stack bytes a helper or kfunc may fill through its pointer arguments, as the kernel model says. A
        call whose writes are not known may change whatever a stack pointer argument reaches: the size argument
        after it when that is a small constant, else up to the frame's top. A pointer the code does not show to be
        outside the stack may point anywhere in it: every frame's bytes become unknown."""
        site = self.graph.calls[(node.function, node.index)]
        writes = site.effect.writes if site.effect is not None else None
        if writes is None:
            written: list[tuple[int, int | None, int | None]] = [
                (n, (self.known(node, n + 1) or None) if n < 5 else None, None) for n in range(1, 6)]
        else:
            value = self._map_in_r1(node) if any(w.map_value for w in writes) else None
            written = [(w.arg, w.size if not w.map_value else value.value_size if value else None, w.size_arg)
                       for w in writes]
        havocs = []
        if site.effect is not None and site.effect.name in CHANGES_CONTEXT:  # its context is R1
            havocs.append(Havoc(CTX_BASE, CTX_BASE + CTX_SIZE, 1))
        for arg, size, size_arg in written:
            into_ctx = self.known(node, arg)
            if into_ctx is not None and in_ctx(into_ctx):  # a syscall program's context is its caller's memory
                count = self.known(node, size_arg) if size_arg is not None else size
                length = self.semantics.read_reg(self._view(node), size_arg) \
                    if size_arg is not None and count is None else None
                end = CTX_BASE + CTX_SIZE if count is None else min(CTX_BASE + CTX_SIZE, into_ctx + count)
                havocs.append(Havoc(into_ctx, end, arg if writes is not None else 0, length))
                continue
            if into_ctx is None and self.semantics.mentions_context(self.semantics.read_reg(self._view(node), arg)):
                havocs.append(whole_context())  # a pointer chosen between the context and another
            where = self._stack_pointer(node, arg)
            if where is None and self._off_stack(node, arg):
                where = False
            if where is False:
                continue
            count = size if size_arg is None else self.known(node, size_arg) if writes is not None else None
            if where is None and writes is not None and count is not None and 0 < count <= STACK_SIZE:
                # `count` bytes at an address the encoding computes (`&flags[i]`): each frame byte is filled
                # where it lies that far past it, and kept as it was elsewhere
                at, length = self.semantics.read_reg(self._view(node), arg), self.semantics.bv(count)
                picks = choices(at)
                frames = {frame_of(pick) for pick in picks} if picks is not None else None
                if frames is not None and len(frames) == 1 and None not in frames:  # one frame, a few places
                    (depth,) = frames
                    assert depth is not None and picks is not None
                    havocs.append(Havoc(min(picks), min(max(picks) + count, frame_pointer(depth)), 0, length, at))
                    continue
                havocs.extend(Havoc(frame_pointer(depth) - STACK_SIZE, frame_pointer(depth), 0, length, at)
                              for depth in range(len(node.frames) + 1))
                continue
            if where is None:
                havocs.extend(whole_frame(depth) for depth in range(len(node.frames) + 1))
                continue
            if writes is None:
                havocs.append(Havoc(where, self._extent(node, where, size)))
            elif size_arg is not None and count is not None:  # a size the code gives as a constant
                havocs.append(Havoc(where, self._extent(node, where, count), arg))
            elif size_arg is not None:
                term = self.semantics.read_reg(self._view(node), size_arg)
                havocs.append(Havoc(where, self._extent(node, where, None), arg, term))
            else:
                havocs.append(Havoc(where, self._extent(node, where, size), arg if size is not None else 0))
        return havocs

    def _stack_pointer(self, node: Node, n: int) -> int | Literal[False] | None:
        """Where register `n` points in the stack at a call: its address; False when the code shows it is no stack
        pointer (a constant outside the stack, a map or global address, a call's result); None when it does not
        tell (a pointer loaded from memory, say). Where the code of the function does not show it, the encoding's
        value may: a callback's context pointer is its caller's stack address."""
        where = self.known(node, n)
        if where is not None:
            return where if frame_of(where) is not None else False
        offset = stack_origin(self.obj.functions[node.function], node.index, n)
        if offset is None:
            where = self.semantics.constant(self.semantics.read_reg(self._view(node), n))
            return None if where is None else where if frame_of(where) is not None else False
        return offset if offset is False else frame_pointer(len(node.frames)) + offset

    def _off_stack(self, node: Node, n: int) -> bool:
        """Whether register `n`'s value at a call, as the encoding has it, is built on no stack address: a map
        value's pointer spilled and read back, say. A stack pointer is always a frame's address plus an offset (the
        verifier lets none be stored in a map or read from the context), unless it is a loop head's value, which
        may be anything."""
        term = self.semantics.read_reg(self._view(node), n)
        return not self.semantics.frames_mentioned(term) and not self.symbols.may_be_anywhere(term)

    @staticmethod
    def _extent(node: Node, where: int, size: int | None) -> int:
        """The end of a filled range: `size` bytes on, but never past the top of the pointer's frame."""
        depth = frame_of(where)
        assert depth is not None
        top = frame_pointer(depth)
        return min(top, where + size) if size is not None and 0 <= size <= STACK_SIZE else top

    def _map_in_r1(self, node: Node) -> MapDef | None:
        return map_in_r1(self.obj, self.obj.functions[node.function], node.index)

    def known(self, node: Node, loc: Loc) -> int | None:
        """A register's value at a node when plain moves and constant additions make it a constant (frame
        pointers, sizes), found without building terms; None otherwise. Registers saved across a call are
        followed through the callee, so a frame pointer kept in r6 stays known."""
        key = (id(node), loc)
        if key in self._known:
            return self._known[key]
        result: int | None
        if loc == 10:
            result = frame_pointer(len(node.frames))
        elif node in self.cut:
            result = self._invariant(node, loc)
        elif node == self.graph.root:  # the program's context pointer, where the entry is the program's
            entry = self.entry_args.get(loc) if isinstance(loc, int) else None
            result = self.semantics.constant(entry) if entry is not None else None
        else:
            found = {self._known_along(edge, loc) for edge in self.preds.get(node, ())}
            result = found.pop() if len(found) == 1 else None
        self._known[key] = result
        return result

    def _known_along(self, edge: Edge, loc: Loc) -> int | None:
        source = edge.source
        insn = self.obj.functions[source.function].code.insns[source.index]
        if isinstance(insn, Call):
            if edge.kind in (EdgeKind.CALL, EdgeKind.CALLBACK_ENTER):
                depth = len(source.frames)
                if isinstance(loc, tuple) and loc[0] == "saved" and loc[1] == depth:
                    return self.known(source, loc[2])
                if isinstance(loc, int):
                    return self.known(source, loc) if edge.kind is EdgeKind.CALL and 1 <= loc <= 5 else None
                return self.known(source, loc)
            return None if isinstance(loc, int) and loc <= 5 else self.known(source, loc)
        if isinstance(insn, Exit):
            if isinstance(loc, int):
                return self.known(source, ("saved", len(source.frames) - 1, loc)) if 6 <= loc <= 9 else None
            return self.known(source, loc)
        run = self.run(source)
        return self._known_after(source, run, len(run), loc)

    def _known_after(self, source: Node, run: range, count: int, loc: Loc) -> int | None:
        """The known value of a location after the first `count` instructions of the source's step."""
        setter = self._setter(source, count, loc)
        if setter is None or not isinstance(loc, int):
            return self.known(source, loc)
        if (source.function, run[setter]) in self.semantics.core:  # the target kernel's value
            return None
        insn = self.obj.functions[source.function].code.insns[run[setter]]
        return _known_value(insn, loc, lambda n: self._known_after(source, run, setter, n))


def _whole(mgr: FormulaManager, parts: list[Term | None]) -> Term | None:
    """The value whose consecutive bytes `parts` are, where a store made them so (each the extract of one term at
    successive offsets); None where they are not."""
    first = parts[0]
    if first is None or not first.is_bv_extract():
        return None
    whole, start = first.arg(0), first.bv_extract_start()
    for i, part in enumerate(parts):
        if part is None or not part.is_bv_extract() or part.arg(0) is not whole or \
                part.bv_extract_start() != start + 8 * i or part.bv_extract_end() != start + 8 * i + 7:
            return None
    end = start + 8 * len(parts) - 1
    return whole if start == 0 and end == whole.bv_width() - 1 else mgr.BVExtract(whole, start, end)


def _known_value(insn: Insn, loc: int, before: Callable[[int], int | None]) -> int | None:
    """What an instruction that sets register `loc` leaves there, if `before` (the known registers) tells."""
    match insn:
        case Mov(wide=True, src=Imm(value)):
            return value & MASK64
        case Mov(wide=False, src=Imm(value)):  # clang's `w2 = 8` for a u32 size
            return value & 0xFFFFFFFF
        case Mov(wide=True, src=Reg(other)):
            return before(other)
        case Alu(op=AluOp.ADD, wide=True, src=Imm(value)):
            base = before(loc)
            return None if base is None else (base + value) & MASK64
    return None


def _opened(region: str, depth: int) -> Loc:
    """What the acquisition of a lock or IRQ save at a nesting depth named (the lock's address, where the flags lie),
    as its pointer held it: the encoding's own record, for a release or a store whose pointer the graph does not
    tell apart from it."""
    return ("opened", region, depth)


class _View:
    """A node's entry state, read location by location through the encoding."""

    def __init__(self, encoding: Encoding, node: Node) -> None:
        self.encoding = encoding
        self.node = node

    def reg(self, n: int) -> Term | None:
        return self.encoding.value(self.node, n)

    def byte(self, address: int) -> Term | None:
        return self.encoding.value(self.node, mem(address))

    def word(self, address: int, size: int) -> Term | None:
        return self.encoding.word(self.node, address, size)

    def frame_bytes(self, start: int, end: int) -> Iterable[int]:
        return self.encoding.defined_bytes(self.node, start, end)


class _RunView(_View):
    """The state before one instruction of a straight run: its registers as the run has set them so far; its
    memory the node's entry state's (a straight run stores nothing)."""

    def __init__(self, encoding: Encoding, node: Node, position: int) -> None:
        super().__init__(encoding, node)
        self.position = position

    def reg(self, n: int) -> Term | None:
        return self.encoding._in_run(self.node, self.position, n)


def path_of(enc: Encoding, holds: Callable[[Term], bool], targets: set[Node]) -> list[Node]:
    """The path a model takes: from the root, the edge whose guard holds, until a target.

    Once the root's reach condition holds, so does every node's on the path (it is the disjunction of its incoming
    guards, one of which held, or its dominator's, which is on the path): an edge whose guard is its source's reach
    condition, with no branch condition, is taken without asking the model (most edges, each a model evaluation)."""
    path = [enc.graph.root]
    node = enc.graph.root
    reached = holds(enc.reach(node))
    while node not in targets:
        nxt = None
        for edge in enc.graph.out.get(node, ()):
            if edge.target is None:
                continue
            guard = enc.guard(edge)
            if (reached and guard is enc.reach(node)) or holds(guard):
                nxt = edge.target
                break
        if nxt is None:
            break
        path.append(nxt)
        node = nxt
    return path


# inputs that hold one value for the whole run, whichever instruction reads them and how often
RUN_STABLE = (InputKind.CTX_BYTE, InputKind.RODATA_BYTE, InputKind.CO_RE, InputKind.ARGUMENT, InputKind.RUN_CONSTANT)


def inputs_of(enc: Encoding, path: list[Node], values: dict[str, int]) -> dict[InputKey, int]:
    """Turn the model's values of a path's unknowns into the interpreter's inputs, counting occurrences."""
    origin = enc.symbols.origin
    by_suffix = {name.rsplit("#", 1)[1]: name for name in origin}
    occurrences: dict[tuple[str, int], int] = {}
    inputs: dict[InputKey, int] = {}
    iterations: dict[tuple[str, int, int], int] = {}
    reach: dict[tuple[str, int, int], int] = {}  # callback runs a witness needs to reach the iteration it names
    previous: Node | None = None
    for node in path:
        key = (node.function, node.index)
        kind = _edge_kind(enc, previous, node) if previous is not None else None
        if kind is not EdgeKind.CALLBACK_RETURN:
            occurrences[key] = occurrences.get(key, -1) + 1
        occurrence = occurrences[key]
        for index in enc.run(node)[1:]:  # the rest of a straight run: each instruction runs once more
            occurrences[(node.function, index)] = occurrences.get((node.function, index), -1) + 1
        if previous is not None and kind is EdgeKind.CALLBACK_ENTER:
            loop_key = (previous.function, previous.index, occurrences[(previous.function, previous.index)])
            iterations[loop_key] = iterations.get(loop_key, 0) + 1
        for suffix in enc.node_symbols.get(node, ()):
            name = by_suffix.get(suffix.lstrip("#"))
            if name is None or name not in values:
                continue
            unknown = origin[name]
            if unknown.kind is InputKind.CALLBACK_COUNT and unknown.detail == ITERATION_INDEX:
                loop_key = (unknown.function, unknown.insn, occurrences.get((unknown.function, unknown.insn), 0))
                reach[loop_key] = max(reach.get(loop_key, 0), values[name] + 1)
            if unknown.kind in (InputKind.CALLBACK_COUNT, *RUN_STABLE):
                continue
            at = occurrences.get((unknown.function, unknown.insn), occurrence)
            inputs[InputKey(unknown.kind, unknown.function, unknown.insn, at, unknown.detail)] = values[name]
        previous = node
    for (function, index, occurrence), count in iterations.items():
        count = max(count, reach.get((function, index, occurrence), 0))
        if not enc.runs_as_verified:  # where the verifier's view is asked, the call returns any value
            inputs[InputKey(InputKind.CALL_RESULT, function, index, occurrence)] = count
        inputs[InputKey(InputKind.CALLBACK_COUNT, function, index, occurrence)] = count
    for name, unknown in origin.items():
        if unknown.kind in RUN_STABLE and name in values:
            inputs[InputKey(unknown.kind, unknown.function, unknown.insn, 0, unknown.detail)] = values[name]
    return inputs


def _edge_kind(enc: Encoding, source: Node, target: Node) -> EdgeKind | None:
    for edge in enc.graph.out.get(source, ()):
        if edge.target == target:
            return edge.kind
    return None
