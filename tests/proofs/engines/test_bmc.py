"""The bounded engine builds only the slice of the program a query needs, and its shortcuts keep branches that
do not decide reachability out of the query."""

from __future__ import annotations

from pysmt.environment import Environment

from sleepcheck.model.kernel.loader import load_kernel_model
from sleepcheck.model.semantics.context import ContextState
from sleepcheck.proofs.engines.bmc import Encoding
from sleepcheck.proofs.engines.deep_stack import run_deep
from sleepcheck.proofs.engines.explore import explore
from sleepcheck.proofs.engines.graph_order import reach_shortcuts
from sleepcheck.proofs.engines.path_graph import EventKind
from sleepcheck.proofs.harness import build
from sleepcheck.proofs.strategies import GeneratedProgram

KERNEL = load_kernel_model("6.18")

# A diamond on ctx[0] (irrelevant: both arms join), a long run of arithmetic on ctx[8] (irrelevant), then the
# region and the blocking call decided by ctx[16].
PROGRAM = "\n".join([
    "r6 = r1", "r1 = 0", "*(u64 *)(r10 - 8) = r1",
    "r7 = *(u8 *)(r6 + 0)", "if r7 == 1 goto +1", "r7 += 1",
    "r8 = *(u8 *)(r6 + 8)", *["r8 *= 3", "r8 ^= 5"] * 200,
    "r9 = *(u8 *)(r6 + 16)", "if r9 != 7 goto +1", "call bpf_rcu_read_lock",
    "r1 = r10", "r1 += -8", "r2 = 8", "r3 = 0", "call bpf_copy_from_user",
    "if r9 != 7 goto +1", "call bpf_rcu_read_unlock", "r0 = 0", "exit",
])


def _graph():  # type: ignore[no-untyped-def]
    obj, program = build(GeneratedProgram(PROGRAM, "syscall", True, (0, 8, 16)), KERNEL)
    return obj, explore(obj, KERNEL, program.entry, ContextState(True), bound=4)


def test_the_site_is_found_with_the_region_open() -> None:
    _, graph = _graph()
    sites = [e for e in graph.events if e.kind is EventKind.BLOCKING_IN_ATOMIC]
    assert len(sites) == 1 and sites[0].node.state.open[0].region == "rcu"


def test_a_query_holds_only_its_slice() -> None:
    obj, graph = _graph()
    site = next(e.node for e in graph.events if e.kind is EventKind.BLOCKING_IN_ATOMIC)
    encoding = Encoding(obj, graph, Environment(), rodata_unknown=False)
    query = run_deep(lambda: encoding.reach(site))
    names = {symbol.symbol_name() for symbol in query.get_free_variables()}
    scope = encoding.symbols.scope
    assert names and all(name.startswith(f"{scope}ctx16") for name in names), names
    assert encoding.symbols.counter < 10  # the 400 instructions on ctx[8] built no term


def test_a_closed_diamond_is_skipped_by_a_shortcut() -> None:
    _, graph = _graph()
    from sleepcheck.proofs.engines.graph_order import predecessors

    shortcuts = reach_shortcuts(graph, predecessors(graph))
    joins = [n for n in shortcuts if n.function == "main" and n.index == 6]
    # the join after ctx[0]'s diamond (its head at 4) is reached as its head is, and the head as the start of its
    # straight line, the root
    assert joins and shortcuts[joins[0]].index == 0 and shortcuts[joins[0]] is graph.root
    head = next(n for n in graph.nodes if n.function == "main" and n.index == 4)
    assert shortcuts[head] is graph.root
