"""The SMT rules and the interpreter's rules are written apart; here they must agree on every ALU operation and
comparison, for values Hypothesis chooses (edges included: 0, -1, INT_MIN, shift amounts past the width)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from pysmt.environment import Environment

from sleepcheck.model.isa.insn import AluOp, ByteOrder, JmpOp
from sleepcheck.model.semantics import concrete_alu, smt_alu

ENV = Environment()
MGR = ENV.formula_manager
MASK = (1 << 64) - 1
EDGES = [0, 1, 2, 31, 32, 63, 64, MASK, MASK - 1, 1 << 31, (1 << 31) - 1, 1 << 63, (1 << 63) - 1, 0xFFFFFFFF]
values = st.one_of(st.sampled_from(EDGES), st.integers(0, MASK))


def _value(term) -> int:  # type: ignore[no-untyped-def]
    simplified = term.simplify()
    assert simplified.is_constant(), term
    return int(simplified.constant_value()) if simplified.is_bv_constant() else bool(simplified.constant_value())


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(list(AluOp)), st.booleans(), values, values)
def test_alu_agrees(op: AluOp, wide: bool, dst: int, src: int) -> None:
    symbolic = _value(smt_alu.alu(MGR, op, wide, MGR.BV(dst, 64), MGR.BV(src, 64)))
    assert symbolic == concrete_alu.alu(op, wide, dst, src) & MASK


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(list(JmpOp)), st.booleans(), values, values)
def test_compare_agrees(op: JmpOp, wide: bool, left: int, right: int) -> None:
    symbolic = _value(smt_alu.compare(MGR, op, wide, MGR.BV(left, 64), MGR.BV(right, 64)))
    assert symbolic == concrete_alu.condition(op, wide, left, right)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(list(ByteOrder)), st.sampled_from([16, 32, 64]), values)
def test_endian_agrees(order: ByteOrder, bits: int, value: int) -> None:
    symbolic = _value(smt_alu.endian(MGR, order, bits, MGR.BV(value, 64)))
    assert symbolic == concrete_alu.endian(order, bits, value) & MASK


@settings(max_examples=100, deadline=None)
@given(st.booleans(), values)
def test_neg_agrees(wide: bool, value: int) -> None:
    assert _value(smt_alu.neg(MGR, wide, MGR.BV(value, 64))) == concrete_alu.neg(wide, value) & MASK
