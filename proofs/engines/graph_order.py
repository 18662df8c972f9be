"""Orders on the path graph the encoding walks: the edges into each node, the cut that makes it acyclic at its
loops, its straight lines, and the dominators that let a node's reach condition be an earlier node's."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from sleepcheck.model.semantics.flow import Loops
from sleepcheck.proofs.engines.path_graph import Edge, EdgeKind, Graph, Node

DOMINATOR_STEP = 64  # nodes given a dominator between two looks at the clock


def predecessors(graph: Graph) -> dict[Node, list[Edge]]:
    preds: dict[Node, list[Edge]] = {}
    for edges in graph.out.values():
        for edge in edges:
            if edge.target is not None:
                preds.setdefault(edge.target, []).append(edge)
    return preds


@dataclass(frozen=True)
class CutGraph:
    """A graph without the edges that close a cycle (found by a depth-first walk from the root), the loop heads
    those edges enter, and the edges themselves."""

    graph: Graph
    heads: frozenset[Node]
    back: tuple[Edge, ...]


def cut_loops(graph: Graph, loops_of: Callable[[str], Loops] | None) -> CutGraph:
    """Cut at the loops of the code (a backward jump inside a cycle, so that the head is the loop's own header and
    one iteration stays whole; not with `loops_of` None), at every return of a callback to its call, then wherever
    a depth-first walk from the root still closes a cycle. A loop head's context state in the pre-pass graph is one
    state whatever the iteration, so an encoding that takes any value there (`Encoding(..., cut=heads)`) speaks of
    every iteration. (Where the compiler enters a loop in its middle, the walk's cut is the one the entry dominates,
    and there one fact may hold at each visit where none holds at the backward jumps' targets.)"""
    back: list[Edge] = [e for edges in graph.out.values() for e in edges if e.target is not None and (
        e.kind is EdgeKind.CALLBACK_RETURN or (loops_of is not None and e.source.function == e.target.function and
                                               e.source.frames == e.target.frames and loops_of(
                                                   e.source.function).is_back_edge(e.source.index, e.target.index)))]
    closing = {id(e) for e in back}
    on_stack: set[Node] = {graph.root}
    done: set[Node] = set()
    stack: list[tuple[Node, int]] = [(graph.root, 0)]
    while stack:
        node, child = stack.pop()
        edges = [e for e in graph.out.get(node, ()) if e.target is not None and id(e) not in closing]
        if child < len(edges):
            stack.append((node, child + 1))
            target = edges[child].target
            assert target is not None
            if target in on_stack:
                back.append(edges[child])
            elif target not in done:
                on_stack.add(target)
                stack.append((target, 0))
            continue
        on_stack.discard(node)
        done.add(node)
    closing = {id(e) for e in back}
    out = {node: [e for e in edges if id(e) not in closing] for node, edges in graph.out.items()}
    cut = replace(graph, out=out, unwinding=[], runs_past=None)
    return CutGraph(cut, frozenset(e.target for e in back if e.target is not None), tuple(back))


def _lines(graph: Graph, preds: dict[Node, list[Edge]]) -> tuple[list[Node], dict[int, Node], dict[int, Node]]:
    """The graph's straight lines: a node whose one way in comes from a node with one way out is on its
    predecessor's line. Returns the nodes that start a line (the root first, each before its successors: the
    graph is acyclic), the start of every other node's line, and the last node of each line, by start (nodes
    known by identity, as explore makes one object per node: hashing them was most of the work)."""
    out = graph.out

    def joins(node: Node) -> bool:
        incoming = preds.get(node, ())
        return len(incoming) == 1 and len(out.get(incoming[0].source, ())) == 1

    start_of: dict[int, Node] = {}
    last: dict[int, Node] = {}
    order: list[Node] = []
    entered = {id(graph.root)}
    stack: list[tuple[Node, Iterator[Edge]]] = []

    def enter(start: Node) -> None:
        node = start
        while True:
            edges = out.get(node, ())
            target = edges[0].target if len(edges) == 1 else None
            if target is None or not joins(target):
                break
            start_of[id(target)] = start
            node = target
        last[id(start)] = node
        stack.append((start, iter(out.get(node, ()))))

    enter(graph.root)
    while stack:
        start, edges = stack[-1]
        for edge in edges:
            target = edge.target
            if target is not None and id(target) not in entered:
                entered.add(id(target))
                enter(target)
                break
        else:
            stack.pop()
            order.append(start)
    order.reverse()
    return order, start_of, last


def reach_shortcuts(graph: Graph, preds: dict[Node, list[Edge]],
                    on_time: Callable[[], None] = lambda: None) -> dict[Node, Node]:
    """Nodes reached exactly when their immediate dominator is: every path from the dominator passes through them
    (they post-dominate it). Their reach condition is the dominator's, which keeps the branches in between, and
    the values they compare, out of a query.

    A node on a straight line is reached with the line's start. The rest is done on the graph of lines, numbered
    in topological order, where dominance and post-dominance between line starts are what they are in the graph.
    Post-dominators are dominators of the reversed graph, numbered from its root, the exit: line i is count - i
    there."""
    order, start_of, last = _lines(graph, preds)
    shortcuts: dict[Node, Node] = {}
    for nodes in graph.out.values():
        for edge in nodes:
            target = edge.target
            if target is not None and id(target) in start_of:
                shortcuts[target] = start_of[id(target)]
    count = len(order)
    if count < 2:
        return shortcuts
    number = {id(node): i for i, node in enumerate(order)}

    def line(node: Node) -> int:
        return number[id(start_of.get(id(node), node))]

    idom = immediate_dominators([[line(e.source) for e in preds.get(node, ())] for node in order], on_time)
    reverse: list[list[int]] = [[]]
    for node in reversed(order):
        reverse.append([count - number[id(e.target)] if e.target is not None else 0
                        for e in graph.out.get(last[id(node)], ())] or [0])
    ipdom = immediate_dominators(reverse, on_time)
    enter, leave = _intervals(ipdom)
    for node in range(1, count):
        dominator = idom[node]
        # node post-dominates its dominator: it is the dominator's ancestor in the post-dominator tree
        if dominator >= 0 and 0 <= enter[count - node] <= enter[count - dominator] and \
                leave[count - dominator] <= leave[count - node]:
            shortcuts[order[node]] = order[dominator]
    return shortcuts


def immediate_dominators(parents: list[list[int]], on_time: Callable[[], None]) -> list[int]:
    """Immediate dominators on a DAG whose nodes are numbered in topological order from its root, 0: Cooper,
    Harvey and Kennedy's intersection. -1 for a node no parent reaches."""
    idom = [-1] * len(parents)
    idom[0] = 0
    for node in range(1, len(parents)):
        if node % DOMINATOR_STEP == 0:
            on_time()
        chosen = -1
        for parent in parents[node]:
            if idom[parent] < 0:
                continue
            if chosen < 0:
                chosen = parent
                continue
            a, b = chosen, parent
            while a != b:
                while a > b:
                    a = idom[a]
                while b > a:
                    b = idom[b]
            chosen = a
        idom[node] = chosen
    return idom


def _intervals(parent: list[int]) -> tuple[list[int], list[int]]:
    """Entry and exit times of a depth-first walk of a tree given by parent links from its root, 0 (-1: not in the
    tree), so that ancestry is a comparison of two intervals."""
    children: list[list[int]] = [[] for _ in parent]
    for child in range(1, len(parent)):
        if parent[child] >= 0:
            children[parent[child]].append(child)
    enter = [-1] * len(parent)
    leave = [-1] * len(parent)
    clock = 1
    enter[0] = 0
    stack: list[tuple[int, int]] = [(0, 0)]
    while stack:
        node, child = stack.pop()
        below = children[node]
        if child < len(below):
            stack.append((node, child + 1))
            nxt = below[child]
            enter[nxt] = clock
            clock += 1
            stack.append((nxt, 0))
        else:
            leave[node] = clock
            clock += 1
    return enter, leave
