"""The compact graph leaves the inside of straight runs out: it must still hold every state the full graph has
where something can happen, and find the same sites, or a proof on it would be wrong; and the engines, which
execute a run as one step, must answer on it as on the full graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from sleepcheck.model.elf import load_object
from sleepcheck.model.kernel.loader import load_kernel_model
from sleepcheck.model.semantics.context import ContextState
from sleepcheck.model.semantics.flow import OTHER, straight_line
from sleepcheck.proofs.engines.explore import ExplorationLimit, explore
from sleepcheck.proofs.engines.path_graph import Graph, Node
from sleepcheck.proofs.harness import build
from sleepcheck.proofs.strategies import GeneratedProgram

KERNEL = load_kernel_model("6.18")
OBJECTS = sorted((Path(__file__).resolve().parents[2] / "bpf" / "obj").glob("*.bpf.o"))


def _key(node: Node) -> tuple[object, ...]:
    return (node.frames, node.function, node.index, node.k, node.state)


def _events(graph: Graph) -> set[tuple[object, ...]]:
    return {(_key(e.node), e.kind, e.detail, e.misuse) for e in graph.events}


def _assert_same_sites(obj, entry, sleepable: bool, bound: int | None = None) -> None:  # type: ignore[no-untyped-def]
    try:
        full = explore(obj, KERNEL, entry, ContextState(sleepable), bound=bound, compact=False)
    except ExplorationLimit:  # a callback that keeps acquiring: the compact graph gives up alike
        with pytest.raises(ExplorationLimit):
            explore(obj, KERNEL, entry, ContextState(sleepable), bound=bound)
        return
    compact = explore(obj, KERNEL, entry, ContextState(sleepable), bound=bound)
    full_keys = {_key(n) for n in full.nodes}
    assert {_key(n) for n in compact.nodes} <= full_keys
    assert _events(compact) == _events(full)
    assert set(compact.async_entries) == set(full.async_entries)
    # every state at an instruction where something may happen is there
    kinds = {name: straight_line(obj.functions[name].code).kind for name in obj.functions}
    wanted = {_key(n) for n in full.nodes if kinds[n.function][n.index] == OTHER}
    assert wanted <= {_key(n) for n in compact.nodes}
    assert len(compact.nodes) <= len(full.nodes)


@pytest.mark.parametrize("path", OBJECTS, ids=lambda p: p.name)
def test_compact_graph_of_each_corpus_program(path: Path) -> None:
    obj = load_object(str(path))
    for program in obj.programs:
        _assert_same_sites(obj, program.entry, program.sleepable)
        _assert_same_sites(obj, program.entry, program.sleepable, bound=4)


def test_a_store_over_saved_flags_inside_a_straight_run() -> None:
    """A store ends a straight run: with IRQ flags saved it is a site."""
    text = "\n".join([
        "r1 = r10", "r1 += -8", "call bpf_local_irq_save",
        "r2 = 1", "r3 = 2", "*(u64 *)(r10 - 8) = r2", "r4 = 3",
        "r1 = r10", "r1 += -8", "call bpf_local_irq_restore", "r0 = 0", "exit",
    ])
    obj, program = build(GeneratedProgram(text, "syscall", True, ()), KERNEL)
    _assert_same_sites(obj, program.entry, True)
    compact = explore(obj, KERNEL, program.entry, ContextState(True), bound=None)
    assert any(e.misuse is not None and e.misuse.name == "FLAG_OVERWRITTEN" for e in compact.events)
