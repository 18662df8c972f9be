"""What a path knows of a register it has tested against a constant, while the register still holds the value.

Code that guards a region with a flag tests the flag again to close it (`if (!b) bpf_preempt_disable(); ...;
if (!b) bpf_preempt_enable();`), the flag staying in a callee-saved register. The pre-pass has no values: without
this, each test would go both ways whatever the first one did, and k such pairs in a loop would make counts no run
reaches (2^k states an iteration, and a region depth that grows with the iterations). A path that took `b == 0`
one way knows it the next time, and only that way is followed.

A fact is an equality or a disequality with a constant, at the width of the test (64 or 32 bits), for a register
of one frame. It is learnt only at a test that another test of the same register against the same constant
follows with no write of the register between (`retested`), so that a test tried once splits nothing. Any write
of the register forgets it (a copy copies it); a call forgets those of R0-R5, and a called function's frame starts
with none of its own and leaves none behind.
"""

from __future__ import annotations

from sleepcheck.model.isa.insn import Code, Imm, JmpOp, Jump, Mov, Reg
from sleepcheck.model.semantics.concrete_alu import MASK32, MASK64
from sleepcheck.model.semantics.flow import defined_registers, successors

# (frame depth, register, bits, value, equal): the register's low `bits` bits are (or are not) `value`
Facts = tuple[tuple[int, int, int, int, bool], ...]
_TESTS = (JmpOp.JEQ, JmpOp.JNE)
_CLOBBERED = (0, 1, 2, 3, 4, 5)
SEARCH = 512  # instructions a search for a second test of a register visits at most


def _test(insn: object) -> tuple[int, int, int] | None:
    """(register, bits, constant) of an equality test against a constant."""
    if isinstance(insn, Jump) and insn.op in _TESTS and isinstance(insn.src, Imm):
        bits = 64 if insn.wide else 32
        return insn.dst, bits, insn.src.value & (MASK64 if insn.wide else MASK32)
    return None


def retested(code: Code) -> frozenset[int]:
    """The tests of a register against a constant that another test of it against the same constant, at the same
    width, follows on some path with no write of the register between."""
    tests = {index: test for index, insn in enumerate(code.insns) if (test := _test(insn)) is not None}
    counts: dict[tuple[int, int, int], int] = {}
    for test in tests.values():
        counts[test] = counts.get(test, 0) + 1
    found: set[int] = set()
    for index, test in tests.items():
        if counts[test] < 2:
            continue
        seen: set[int] = set()
        work = [target for target, _ in successors(code, index)]
        while work and len(seen) < SEARCH:
            at = work.pop()
            if at in seen or at >= len(code.insns):
                continue
            seen.add(at)
            if _test(code.insns[at]) == test:
                found.update((index, at))
                break
            if test[0] not in defined_registers(code.insns[at]):
                work.extend(target for target, _ in successors(code, at))
    return frozenset(found)


def decided(facts: Facts, depth: int, insn: Jump) -> bool | None:
    """Whether the test is taken on every run with these facts; None where they do not decide it."""
    test = _test(insn)
    if test is None:
        return None
    register, bits, value = test
    for d, r, b, known, equal in facts:
        if (d, r, b) != (depth, register, bits):
            continue
        if equal or known == value:
            same = equal and known == value  # with `equal` false, known == value: the value differs
            return same if insn.op is JmpOp.JEQ else not same
    return None


def learned(facts: Facts, depth: int, insn: Jump, taken: bool) -> Facts:
    """The facts on one way out of a test."""
    test = _test(insn)
    if test is None:
        return facts
    register, bits, value = test
    equal = (insn.op is JmpOp.JEQ) == taken
    kept = [f for f in facts if (f[0], f[1], f[2]) != (depth, register, bits) or (f[4] is False and not equal)]
    return tuple(sorted({*kept, (depth, register, bits, value, equal)}))


def after(facts: Facts, depth: int, insn: object) -> Facts:
    """The facts once `insn` (not a call) has run in the frame at `depth`."""
    written = defined_registers(insn)  # type: ignore[arg-type]
    copy = insn.src.n if isinstance(insn, Mov) and isinstance(insn.src, Reg) else None
    if not facts or not any(d == depth and (r in written or r == copy) for d, r, _, _, _ in facts):
        return facts
    kept = [f for f in facts if not (f[0] == depth and f[1] in written)]
    if isinstance(insn, Mov) and copy is not None:  # a copy: the destination holds the same bits
        kept += [(depth, insn.dst, bits, value, equal) for d, r, bits, value, equal in facts
                 if d == depth and r == copy and (insn.wide or bits == 32)]
    return tuple(sorted(set(kept)))


def called(facts: Facts, depth: int) -> Facts:
    """Across a call made in the frame at `depth`: R0-R5 are clobbered; a deeper frame's facts are gone."""
    return tuple(f for f in facts if f[0] < depth or (f[0] == depth and f[1] not in _CLOBBERED))
