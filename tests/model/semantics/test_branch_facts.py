"""A test of a register against a constant is decided only where what the path learnt of it holds for every value
the register may have there."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sleepcheck.model.isa.insn import Call, CallKind, Code, Exit, Imm, JmpOp, Jump, Load, Mov, Reg, Size, Store
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
    assert retested(code) == (frozenset({1, 3}), frozenset({9}))
    facts = learned((), 0, test, False)  # r9 == 0 on this way
    facts = called(facts, 0, ())  # a kfunc call that writes no memory keeps r6-r9
    assert decided(facts, 0, test) is False
    assert decided(after(facts, 0, Mov(True, 1, Reg(9))), 0, Jump(JmpOp.JEQ, True, 1, Imm(0), 1)) is True
    assert after(facts, 0, Load(Size.DW, 9, 6, 0)) == ()
    assert called(learned((), 0, Jump(JmpOp.JNE, True, 2, Imm(0), 1), False), 0, ()) == ()  # r2 is clobbered
    again = Jump(JmpOp.JNE, True, 9, Imm(0), 0)
    rewritten = Code.of([again, Load(Size.DW, 9, 6, 0), again, Exit()])
    assert retested(rewritten) == (frozenset(), frozenset())


def test_a_32_bit_copy_of_a_fill_learns_nothing_of_the_slot() -> None:
    """`r2 = *(u64 *)(r10 - 8); w1 = w2; if r1 != 0`: r1 == 0 says the slot's low half is 0, not the slot (j25c)."""
    facts = after((), 0, Load(Size.DW, 2, 10, -8))
    facts = after(facts, 0, Mov(False, 1, Reg(2)))
    facts = learned(facts, 0, Jump(JmpOp.JNE, True, 1, Imm(0), 1), False)
    facts = after(facts, 0, Load(Size.DW, 3, 10, -8))
    assert decided(facts, 0, Jump(JmpOp.JEQ, True, 3, Imm(0), 1)) is None


SLOTS = (-8, -16, -24)
STEPS = st.one_of(
    st.tuples(st.just("set"), st.integers(0, 9), st.sampled_from([0, 5, 1 << 32])),
    st.tuples(st.just("copy"), st.integers(0, 9), st.integers(0, 9)),
    st.tuples(st.just("copy32"), st.integers(0, 9), st.integers(0, 9)),
    st.tuples(st.just("spill"), st.integers(0, 9), st.sampled_from(SLOTS)),
    st.tuples(st.just("fill"), st.integers(0, 9), st.sampled_from(SLOTS)),
    st.tuples(st.just("narrow"), st.sampled_from([0, 5]), st.sampled_from([s + o for s in SLOTS for o in (0, 4)])),
    st.tuples(st.just("store"), st.sampled_from([0, 5]), st.sampled_from(SLOTS)),
    st.tuples(st.just("test"), st.integers(0, 9), st.sampled_from([0, 5])),
    st.tuples(st.just("test32"), st.integers(0, 9), st.sampled_from([0, 5])),
)


@settings(max_examples=600, deadline=None)
@given(st.lists(STEPS, min_size=1, max_size=24))
def test_facts_kept_through_spills_and_fills_hold_on_the_run(steps: list[tuple[str, int, int]]) -> None:
    """A run over registers and stack bytes: every test the facts decide goes the way the run goes, constants
    written to every place remembered."""
    registers = [0] * 10
    stack = dict.fromkeys(range(-24, 0), 0)
    facts: Facts = ()
    for kind, a, b in steps:
        match kind:
            case "set":
                insn: object = Mov(True, a, Imm(b))
                registers[a] = b
            case "copy":
                insn = Mov(True, a, Reg(b))
                registers[a] = registers[b]
            case "copy32":  # the low half, zero-extended
                insn = Mov(False, a, Reg(b))
                registers[a] = registers[b] & 0xFFFF_FFFF
            case "spill":
                insn = Store(Size.DW, 10, b, Reg(a))
                for i in range(8):
                    stack[b + i] = (registers[a] >> (8 * i)) & 0xFF
            case "fill":
                insn = Load(Size.DW, a, 10, b)
                registers[a] = sum(stack[b + i] << (8 * i) for i in range(8))
            case "narrow" | "store":
                size = Size.W if kind == "narrow" else Size.DW
                insn = Store(size, 10, b, Imm(a))
                for i in range(int(size)):
                    stack[b + i] = (a >> (8 * i)) & 0xFF
            case _:
                wide = kind == "test"
                jump = Jump(JmpOp.JEQ, wide, a, Imm(b), 1)
                taken = (registers[a] if wide else registers[a] & 0xFFFF_FFFF) == b
                assert decided(facts, 0, jump) in (None, taken)
                facts = learned(facts, 0, jump, taken)
                continue
        facts = after(facts, 0, insn, tracked=frozenset({*range(10), *SLOTS}))
