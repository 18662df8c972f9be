"""A test of a register against a constant is decided only where what the path learnt of it holds for every value
the register may have there."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sleepcheck.model.isa.insn import Call, CallKind, Code, Exit, Imm, JmpOp, Jump, Load, Mov, Reg, Size
from sleepcheck.model.semantics.branch_facts import Facts, after, called, decided, learned, retested
from sleepcheck.model.semantics.concrete_alu import condition

CONSTANTS = st.sampled_from([0, 1, 5, -1, 0xFFFFFFFF, 1 << 32])


@settings(max_examples=500, deadline=None)
@given(st.sampled_from([0, 1, 5, -1 & ((1 << 64) - 1), 0xFFFFFFFF, 1 << 32, 7]),
       st.lists(st.tuples(st.sampled_from([JmpOp.JEQ, JmpOp.JNE]), st.booleans(), CONSTANTS), min_size=1,
                max_size=8))
def test_what_a_path_learns_decides_only_what_its_value_does(value: int, tests: list[tuple[JmpOp, bool, int]]) -> None:
    facts: Facts = ()
    for op, wide, imm in tests:
        jump = Jump(op, wide, 9, Imm(imm), 1)
        taken = condition(op, wide, value, imm)
        assert decided(facts, 0, jump) in (None, taken)
        facts = learned(facts, 0, jump, taken)


def test_a_flag_tested_again_is_remembered_across_calls_until_written() -> None:
    test = Jump(JmpOp.JNE, True, 9, Imm(0), 1)
    code = Code.of([Load(Size.DW, 9, 6, 0), test, Call(CallKind.KFUNC, 1), test, Call(CallKind.KFUNC, 2),
                    Mov(True, 0, Imm(0)), Exit()])
    assert retested(code) == frozenset({1, 3})
    facts = learned((), 0, test, False)  # r9 == 0 on this way
    facts = called(facts, 0)  # a kfunc call keeps r6-r9
    assert decided(facts, 0, test) is False
    assert decided(after(facts, 0, Mov(True, 1, Reg(9))), 0, Jump(JmpOp.JEQ, True, 1, Imm(0), 1)) is True
    assert after(facts, 0, Load(Size.DW, 9, 6, 0)) == ()
    assert called(learned((), 0, Jump(JmpOp.JNE, True, 2, Imm(0), 1), False), 0) == ()  # r2 is clobbered
    again = Jump(JmpOp.JNE, True, 9, Imm(0), 0)
    rewritten = Code.of([again, Load(Size.DW, 9, 6, 0), again, Exit()])
    assert retested(rewritten) == frozenset()
