"""A branch on a lock attempt's result is decided only where every value of its range takes it the same way."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sleepcheck.model.isa.insn import Alu, AluOp, Imm, JmpOp, Jump, Mov, MovSx, Reg
from sleepcheck.model.semantics.acquire_result import after, decided
from sleepcheck.model.semantics.concrete_alu import MASK32, MASK64, alu, condition, sign_extend

FAILED = (-4095, -1)  # bpf_res_spin_lock's failure range in the kernel model
RANGES = st.sampled_from([(0, 0), FAILED, (0xFFFFF001, 0xFFFFFFFF), (-35, -35), (5, 9), (-(1 << 33), 7)])
IMMEDIATES = st.one_of(st.sampled_from([0, -1, 1, -4095, -4096, -35, 0x7FFFFFFF, -(1 << 31)]),
                       st.integers(-(1 << 31), (1 << 31) - 1))


@settings(max_examples=600, deadline=None)
@given(RANGES, st.sampled_from(list(JmpOp)), st.booleans(), IMMEDIATES, st.data())
def test_a_decided_branch_goes_that_way_for_every_value(span: tuple[int, int], op: JmpOp, wide: bool, imm: int,
                                                       data: st.DataObject) -> None:
    low, high = span
    jump = Jump(op, wide, 0, Imm(imm), 1)
    taken = decided(((0, low, high),), jump)
    if taken is None:
        return
    for value in (low, high, data.draw(st.integers(low, high))):
        assert condition(op, wide, value & MASK64, imm) == taken, (value, op, wide, imm)


def test_the_usual_branches_on_a_lock_attempt_are_decided() -> None:
    acquired, failed = ((0, 0, 0),), ((0, *FAILED),)
    for test, on_acquired, on_failed in [(Jump(JmpOp.JNE, False, 0, Imm(0), 5), False, True),
                                         (Jump(JmpOp.JEQ, True, 0, Imm(0), 5), True, False),
                                         (Jump(JmpOp.JSLT, False, 0, Imm(0), 5), False, True),
                                         (Jump(JmpOp.JSGT, True, 0, Imm(-1), 5), True, False)]:
        assert decided(acquired, test) is on_acquired and decided(failed, test) is on_failed
    assert decided(failed, Jump(JmpOp.JEQ, True, 0, Imm(-35), 5)) is None  # -EDEADLK or another errno
    assert decided(failed, Jump(JmpOp.JSET, True, 0, Imm(1), 5)) is None
    assert decided(failed, Jump(JmpOp.JNE, True, 0, Reg(1), 5)) is None  # against a register: not known


def test_copies_carry_the_range_and_other_writes_forget_it() -> None:
    failed = ((0, *FAILED),)
    zero_extended = after(failed, Mov(False, 8, Reg(0)))
    assert zero_extended == ((0, *FAILED), (8, FAILED[0] & MASK32, FAILED[1] & MASK32))
    assert decided(zero_extended, Jump(JmpOp.JSLT, True, 8, Imm(0), 5)) is False  # positive as 64 bits
    assert decided(zero_extended, Jump(JmpOp.JSLT, False, 8, Imm(0), 5)) is True
    extended = after(zero_extended, MovSx(True, 7, 8, 32))
    assert (7, sign_extend(FAILED[0], 32, 64) - (1 << 64), -1) in extended
    assert after(failed, Mov(True, 0, Imm(1))) == ()
    assert after(failed, Mov(True, 3, Reg(4))) == failed


@settings(max_examples=400, deadline=None)
@given(RANGES, st.lists(st.tuples(st.sampled_from([AluOp.LSH, AluOp.RSH, AluOp.ARSH]), st.integers(0, 63)),
                        min_size=1, max_size=3), st.data())
def test_a_range_shifted_by_constants_holds_every_value_shifted_so(span: tuple[int, int],
                                                                   shifts: list[tuple[AluOp, int]],
                                                                   data: st.DataObject) -> None:
    low, high = span
    value = data.draw(st.integers(low, high)) & MASK64
    known: tuple[tuple[int, int, int], ...] = ((0, low, high),)
    for op, by in shifts:
        known = after(known, Alu(op, True, 0, Imm(by)))
        value = alu(op, True, value, by)
    if known:
        (_, new_low, new_high), = known
        assert new_low & MASK64 <= value <= new_high & MASK64 or new_low <= value <= new_high


def test_the_zero_extension_of_an_int_result_by_two_shifts_keeps_it() -> None:
    """How clang tests `if (bpf_res_spin_lock(...))` for cpu v1 and v2, which have no 32-bit jumps."""
    for span, taken in [((0, 0), False), (FAILED, True)]:
        known = after(after(((0, *span),), Alu(AluOp.LSH, True, 0, Imm(32))), Alu(AluOp.RSH, True, 0, Imm(32)))
        assert decided(known, Jump(JmpOp.JNE, True, 0, Imm(0), 5)) is taken
