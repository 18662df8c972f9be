"""Loops are the cyclic parts of a function's flow graph; a back edge closes one iteration of one of them."""

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


# a loop entered in its middle, as clang lays out a switch inside a loop: the case at 1-2 lies before the header (3)
# and jumps back into the body; only the jump to the header ends an iteration
ENTERED_IN_THE_MIDDLE = """
    goto L3
L1:
    r2 = 7
    goto L5
L3:
    r1 += 1
    if r1 == 2 goto L1
L5:
    if r1 < 10 goto L3
    r0 = 0
    exit
"""

# two loops, one inside the other: each has its own header and back edge
NESTED = """
    r1 = 0
L1:
    r2 = 0
L2:
    r2 += 1
    if r2 < 4 goto L2
    r1 += 1
    if r1 < 4 goto L1
    exit
"""

# entered at two instructions (L1 from the start, L2 by the first jump): no one header, every backward jump counts
IRREDUCIBLE = """
    if r1 == 0 goto L2
L1:
    r1 += 1
L2:
    r1 += 2
    if r1 < 10 goto L1
    exit
"""


def test_a_loop_entered_in_its_middle_counts_one_back_edge_per_iteration() -> None:
    loops = find_loops(parse_asm(ENTERED_IN_THE_MIDDLE))
    assert loops.cyclic == frozenset({1, 2, 3, 4, 5})
    assert loops.back_edges == frozenset({(5, 3)})  # 4 -> 1 jumps backwards, but inside one iteration


def test_nested_loops_each_have_their_header() -> None:
    loops = find_loops(parse_asm(NESTED))
    assert loops.back_edges == frozenset({(3, 2), (5, 1)})


def test_an_irreducible_cycle_counts_every_backward_jump() -> None:
    loops = find_loops(parse_asm(IRREDUCIBLE))
    assert loops.cyclic == frozenset({1, 2, 3})
    assert loops.back_edges == frozenset({(3, 1)})
