"""Bounded model checking over the unrolled path graph: one encoding, one query per doubtful site.

The graph (explore.py, with loop counts) is acyclic; it is encoded once, in topological order, as a DAG of terms:
a reach condition per node (the disjunction of its incoming edges' guards) and a symbolic state per node (incoming
states merged by if-then-else on the guards). Only the nodes from which a doubtful site can be reached are
encoded. Each site is then one satisfiability query; a model gives the path (follow the edges whose guards hold)
and the input values. Paths that go past the bound end at unwinding edges: if none can be taken, the bounded
answer is a proof for every run.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from pysmt.environment import Environment
from pysmt.fnode import FNode
from pysmt.logics import QF_BV
from pysmt.typing import BOOL

from sleepcheck.model.isa.insn import Call, Exit, Goto, Jump, MayGoto
from sleepcheck.model.program import BpfObject
from sleepcheck.model.semantics import smt_alu as A
from sleepcheck.model.semantics.inputs import InputKey, InputKind
from sleepcheck.model.semantics.smt_state import (
    STACK_SIZE,
    Semantics,
    Symbols,
    SymState,
    Unknown,
    clobber_args,
    frame_of,
    frame_pointer,
)
from sleepcheck.proofs.engines.explore import Edge, EdgeKind, Graph, Node

Term = FNode


@dataclass
class Encoding:
    graph: Graph
    env: Environment
    semantics: Semantics
    reach: dict[Node, Term] = field(default_factory=dict)
    guards: dict[int, Term] = field(default_factory=dict)  # id(edge) -> guard
    node_symbols: dict[Node, list[str]] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)


def relevant_nodes(graph: Graph, targets: Iterable[Node], extra_sources: Iterable[Node] = ()) -> set[Node]:
    """Nodes from which a target can be reached (the targets included)."""
    preds: dict[Node, list[Node]] = {}
    for source, edges in graph.out.items():
        for edge in edges:
            if edge.target is not None:
                preds.setdefault(edge.target, []).append(source)
    keep: set[Node] = set()
    work = [*targets, *extra_sources]
    while work:
        node = work.pop()
        if node in keep:
            continue
        keep.add(node)
        work.extend(preds.get(node, ()))
    return keep


def _topological(graph: Graph, keep: set[Node]) -> list[Node]:
    order: list[Node] = []
    state: dict[Node, int] = {}
    stack: list[tuple[Node, int]] = [(graph.root, 0)]
    while stack:
        node, child = stack.pop()
        if child == 0:
            if node in state:
                continue
            state[node] = 1
        succ = [e.target for e in graph.out.get(node, ()) if e.target is not None and e.target in keep]
        if child < len(succ):
            stack.append((node, child + 1))
            nxt = succ[child]
            if nxt not in state:
                stack.append((nxt, 0))
            continue
        state[node] = 2
        order.append(node)
    order.reverse()
    return order


def encode(obj: BpfObject, graph: Graph, keep: set[Node], *, rodata_unknown: bool, entry_args: dict[int, Term] | None
           = None, env: Environment | None = None) -> Encoding:
    env = env or Environment()
    mgr = env.formula_manager
    symbols = Symbols(mgr)
    sem = Semantics(mgr, obj, symbols, rodata_unknown)
    enc = Encoding(graph, env, sem)
    from sleepcheck.model.semantics.smt_state import CTX_BASE

    incoming: dict[Node, list[tuple[Term, SymState]]] = {}
    root_args = entry_args if entry_args is not None else {1: sem.bv(CTX_BASE)}
    for node in _topological(graph, keep):
        before = symbols.counter
        if node is graph.root or node == graph.root:
            reach = mgr.TRUE()
            state = sem.initial(0, root_args)
        else:
            arrivals = incoming.pop(node, [])
            if not arrivals:
                continue
            reach = mgr.Or([g for g, _ in arrivals]) if len(arrivals) > 1 else arrivals[0][0]
            state = _merge(mgr, arrivals)
        enc.reach[node] = reach
        for edge, guard, out_state in _step(enc, node, reach, state):
            enc.guards[id(edge)] = guard
            enc.edges.append(edge)
            if edge.target is not None and edge.target in keep:
                incoming.setdefault(edge.target, []).append((guard, out_state))
        enc.node_symbols[node] = [f"#{i}" for i in range(before + 1, symbols.counter + 1)]
    return enc


def _merge(mgr, arrivals: list[tuple[Term, SymState]]) -> SymState:  # type: ignore[no-untyped-def]
    if len(arrivals) == 1:
        return arrivals[0][1]

    def pick(values: list[Term | None], width: int = 64) -> Term | None:
        first = values[0]
        if all(v is first for v in values):
            return first
        if any(v is None for v in values):
            values = [v if v is not None else mgr.BV(0, width) for v in values]
        result = values[-1]
        for (guard, _), value in zip(reversed(arrivals[:-1]), reversed(values[:-1]), strict=True):
            result = mgr.Ite(guard, value, result)
        return result

    states = [s for _, s in arrivals]
    regs = tuple(pick([s.regs[n] for s in states]) for n in range(11))
    saved_depth = min(len(s.saved) for s in states)
    saved = tuple(tuple(pick([s.saved[d][n] for s in states]) for n in range(5)) for d in range(saved_depth))
    addresses = set().union(*(s.mem.keys() for s in states))
    mem = {}
    for address in addresses:
        values = [s.mem.get(address) for s in states]
        merged = pick(values, 8)
        if merged is not None:
            mem[address] = merged
    return SymState(regs, saved, mem)


def _step(enc: Encoding, node: Node, reach: Term, state: SymState):  # type: ignore[no-untyped-def]
    sem = enc.semantics
    mgr = enc.env.formula_manager
    function = sem.obj.functions[node.function]
    insn = function.code.insns[node.index]
    edges = enc.graph.out.get(node, [])
    tag = f"{node.function}+{node.index}"
    depth = len(node.frames)
    if isinstance(insn, Jump):
        right = sem.operand(state, insn.src, function, node.index)
        cond = A.compare(mgr, insn.op, insn.wide, sem.read_reg(state, insn.dst, function, node.index), right)
        for edge in edges:
            taken = cond if edge.kind is EdgeKind.TAKEN else mgr.Not(cond)
            yield edge, mgr.And(reach, taken), state
        return
    if isinstance(insn, MayGoto):
        choice = _choice(enc, Unknown(InputKind.MAY_GOTO, node.function, node.index), tag)
        for edge in edges:
            taken = choice if edge.kind is EdgeKind.TAKEN else mgr.Not(choice)
            yield edge, mgr.And(reach, taken), state
        return
    if isinstance(insn, Goto):
        for edge in edges:
            yield edge, reach, state
        return
    if isinstance(insn, Exit):
        for edge in edges:
            yield edge, reach, _return(sem, state)
        return
    if isinstance(insn, Call):
        yield from _call(enc, node, reach, state, depth, tag)
        return
    after = sem.execute(state, insn, function, node.index, tag)
    for edge in edges:
        yield edge, reach, after


def _choice(enc: Encoding, unknown: Unknown, tag: str) -> Term:
    mgr = enc.env.formula_manager
    bit = enc.semantics.symbols.fresh(f"choice@{tag}", unknown, 1)
    return mgr.Equals(bit, mgr.BV(1, 1))


def _return(sem: Semantics, state: SymState) -> SymState:
    if not state.saved:
        return state
    regs = list(state.regs)
    for n, value in zip(range(6, 11), state.saved[-1], strict=True):
        regs[n] = value
    returned = SymState(tuple(regs), state.saved[:-1], state.mem)
    return clobber_args(returned, sem.bv(0))


def _enter(sem: Semantics, state: SymState, depth: int, args: dict[int, Term]) -> SymState:
    regs: list[Term | None] = [None] * 11
    for n, value in args.items():
        regs[n] = value
    regs[10] = sem.bv(frame_pointer(depth))
    return SymState(tuple(regs), (*state.saved, tuple(state.regs[6:11])), state.mem)


def _call(enc: Encoding, node: Node, reach: Term, state: SymState, depth: int, tag: str):  # type: ignore[no-untyped-def]
    sem = enc.semantics
    mgr = enc.env.formula_manager
    function = sem.obj.functions[node.function]
    edges = enc.graph.out.get(node, [])
    site = enc.graph.calls[(node.function, node.index)]
    if site.local is not None:
        args = {n: sem.read_reg(state, n, function, node.index) for n in range(1, 6)}
        for edge in edges:
            yield edge, reach, _enter(sem, state, depth + 1, args)
        return
    iterate = None
    if any(e.kind is EdgeKind.CALLBACK_ENTER for e in edges):
        iterate = _choice(enc, Unknown(InputKind.CALLBACK_COUNT, node.function, node.index), tag)
    result = sem.symbols.fresh(f"ret@{tag}", Unknown(InputKind.CALL_RESULT, node.function, node.index), 64)
    after = _havoc_pointer_args(sem, state, function, node.index, tag)
    after = clobber_args(SymState((result, *after.regs[1:]), after.saved, after.mem), sem.bv(0))
    for edge in edges:
        if edge.kind is EdgeKind.CALLBACK_ENTER:
            args = {n: sem.symbols.fresh(f"cbarg@{tag}", None, 64) for n in range(1, 6)}
            assert iterate is not None
            yield edge, mgr.And(reach, iterate), _enter(sem, state, depth + 1, args)
            continue
        guard = reach if iterate is None else mgr.And(reach, mgr.Not(iterate))
        if edge.kind is EdgeKind.ACQUIRED:
            guard = mgr.And(guard, mgr.Equals(result, sem.bv(0)))
        elif edge.kind is EdgeKind.FAILED:
            guard = mgr.And(guard, mgr.BVSGE(result, sem.bv(-4095)), mgr.BVSLT(result, sem.bv(0)))
        yield edge, guard, after


def _havoc_pointer_args(sem: Semantics, state: SymState, function, index: int, tag: str) -> SymState:  # type: ignore[no-untyped-def]
    """A helper may write through a stack pointer argument: the bytes it may reach become unknown. The extent is
    the size argument after it when that is a constant, else up to the frame's top."""
    for n in range(1, 6):
        value = state.regs[n]
        if value is None:
            continue
        where = sem.constant(value)
        if where is None or frame_of(where) is None:
            continue
        depth = frame_of(where)
        assert depth is not None
        top = frame_pointer(depth)
        end = top
        size_term = state.regs[n + 1] if n < 5 else None
        size = sem.constant(size_term) if size_term is not None else None
        if size is not None and 0 < size <= STACK_SIZE:
            end = min(top, where + size)
        state = sem.havoc_range(state, where, end, f"write@{tag}")
    return state


def path_of(enc: Encoding, model_true: set[int], targets: set[Node]) -> list[Node]:
    """The path a model takes: from the root, the edge whose guard holds, until a target."""
    path = [enc.graph.root]
    node = enc.graph.root
    seen = 0
    while node not in targets and seen < 10_000_000:
        seen += 1
        nxt = None
        for edge in enc.graph.out.get(node, ()):
            if id(edge) in model_true and edge.target is not None and edge.target in enc.reach:
                nxt = edge.target
                break
        if nxt is None:
            break
        path.append(nxt)
        node = nxt
    return path


def inputs_of(enc: Encoding, path: list[Node], values: dict[str, int]) -> dict[InputKey, int]:
    """Turn the model's values of a path's unknowns into the interpreter's inputs, counting occurrences."""
    origin = enc.semantics.symbols.origin
    by_suffix = {name.rsplit("#", 1)[1]: name for name in origin}
    occurrences: dict[tuple[str, int], int] = {}
    inputs: dict[InputKey, int] = {}
    iterations: dict[tuple[str, int, int], int] = {}
    previous: Node | None = None
    for node in path:
        key = (node.function, node.index)
        reentry = previous is not None and _edge_kind(enc, previous, node) is EdgeKind.CALLBACK_RETURN
        if not reentry:
            occurrences[key] = occurrences.get(key, -1) + 1
        occurrence = occurrences[key]
        if previous is not None and _edge_kind(enc, previous, node) is EdgeKind.CALLBACK_ENTER:
            loop_key = (previous.function, previous.index, occurrences[(previous.function, previous.index)])
            iterations[loop_key] = iterations.get(loop_key, 0) + 1
        for suffix in enc.node_symbols.get(node, ()):
            name = by_suffix.get(suffix.lstrip("#"))
            if name is None or name not in values:
                continue
            unknown = origin[name]
            if unknown.kind in (InputKind.CALLBACK_COUNT,):
                continue
            if unknown.kind in (InputKind.CTX_BYTE, InputKind.RODATA_BYTE):
                inputs[InputKey(unknown.kind, "", 0, 0, unknown.detail)] = values[name]
                continue
            inputs[InputKey(unknown.kind, unknown.function, unknown.insn, occurrence, unknown.detail)] = values[name]
        previous = node
    for (function, index, occurrence), count in iterations.items():
        inputs[InputKey(InputKind.CALL_RESULT, function, index, occurrence)] = count
        inputs[InputKey(InputKind.CALLBACK_COUNT, function, index, occurrence)] = count
    for name, unknown in origin.items():
        if unknown.kind in (InputKind.CTX_BYTE, InputKind.RODATA_BYTE) and name in values:
            inputs[InputKey(unknown.kind, "", 0, 0, unknown.detail)] = values[name]
    return inputs


def _edge_kind(enc: Encoding, source: Node, target: Node) -> EdgeKind | None:
    for edge in enc.graph.out.get(source, ()):
        if edge.target == target:
            return edge.kind
    return None


_ = BOOL, QF_BV
