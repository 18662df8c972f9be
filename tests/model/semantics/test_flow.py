"""Loops are the cyclic parts of a function's flow graph; back edges are the backward jumps inside them."""

from __future__ import annotations

from sleepcheck.model.isa.text import parse_asm
from sleepcheck.model.semantics.flow import find_loops, successors

LOOP = """
    r1 = 0
L1:
    r1 += 1
    if r1 < 10 goto L1
    r0 = 0
    exit
"""


def test_loop_found_and_back_edge_counted() -> None:
    code = parse_asm(LOOP)
    loops = find_loops(code)
    assert loops.cyclic == frozenset({1, 2})
    assert loops.is_back_edge(2, 1) and not loops.is_back_edge(0, 1)


def test_straight_line_has_no_loops_and_exit_no_successors() -> None:
    code = parse_asm("r0 = 0\nif r0 == 0 goto +1\nr0 = 1\nexit")
    assert find_loops(code).cyclic == frozenset()
    assert successors(code, 1) == ((3, "taken"), (2, "not_taken"))
    assert successors(code, 3) == ()
