"""The values a term picked on branches can take: where a call writes through such an address, the bytes it may
fill are those few places, not the whole frame."""

from __future__ import annotations

from pysmt.environment import Environment
from pysmt.typing import BOOL, BVType

from sleepcheck.model.semantics.smt_state import choices


def test_an_address_picked_on_a_branch_has_the_values_of_both_arms() -> None:
    mgr = Environment().formula_manager
    c = mgr.Symbol("c", BOOL)
    slot = mgr.Ite(c, mgr.BV(0, 64), mgr.BV(1, 64))
    address = mgr.BVAdd(mgr.BVAdd(mgr.BV(1000, 64), mgr.BVLShl(slot, mgr.BV(3, 64))), mgr.BV(8, 64))
    assert choices(address) == {1008, 1016}
    assert choices(mgr.BVSub(mgr.BV(0, 64), mgr.BV(1, 64))) == {(1 << 64) - 1}  # wraps at 64 bits
    assert choices(mgr.BVLShl(mgr.BV(1, 64), mgr.BV(64, 64))) == {0}


def test_a_term_with_an_unknown_has_no_choices() -> None:
    mgr = Environment().formula_manager
    x = mgr.Symbol("x", BVType(64))
    assert choices(mgr.BVAdd(x, mgr.BV(8, 64))) is None
    many = mgr.BV(0, 64)
    for i in range(20):
        many = mgr.Ite(mgr.Symbol(f"b{i}", BOOL), mgr.BV(i + 1, 64), many)
    assert choices(many) is None and choices(many, limit=32) == frozenset(range(21))
