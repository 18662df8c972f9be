"""What a path knows of a register it has tested against a constant, while the register still holds the value.

Code that guards a region with a flag tests the flag again to close it (`if (!b) bpf_preempt_disable(); ...;
if (!b) bpf_preempt_enable();`), the flag staying in a callee-saved register. The pre-pass has no values: without
this, each test would go both ways whatever the first one did, and k such pairs in a loop would make counts no run
reaches (2^k states an iteration, and a region depth that grows with the iterations). A path that took `b == 0`
one way knows it the next time, and only that way is followed.

A fact is an equality or a disequality with a constant, at the width of the test (64 or 32 bits), for a register
or an 8-byte stack slot of one frame. A flag the code keeps on the stack is filled into a register before each
test: the fill makes the register an alias of the slot, and what a test of it learns holds of the slot too, until
either is written. A fact is learnt only at a test that another test of the same register, or of a register filled
from the same slot, against the same constant follows with no write between (`retested`), so that a test tried
once splits nothing. Any write of a register or slot forgets what was known of it (a copy or a spill copies it; a
store through another pointer than the frame pointer forgets every slot); a call forgets R0-R5, and every slot
where it may write memory; a called function's frame starts with nothing of its own and leaves nothing behind.
"""

from __future__ import annotations

from sleepcheck.model.isa.insn import R10, Atomic, Code, Imm, JmpOp, Jump, Load, Mov, Reg, Size, Store
from sleepcheck.model.semantics.concrete_alu import MASK32, MASK64
from sleepcheck.model.semantics.flow import defined_registers, successors

# (frame depth, place, bits, value, equal): the low `bits` bits of the place (a register, or the 8-byte stack slot
# at a negative offset) are (or are not) `value`; with `bits` ALIAS, the register (place) holds the slot (`value`)
Facts = tuple[tuple[int, int, int, int, bool], ...]
ALIAS = 0
_TESTS = (JmpOp.JEQ, JmpOp.JNE)
_CLOBBERED = (0, 1, 2, 3, 4, 5)
SEARCH = 512  # instructions a search for a second test of a register visits at most
MAX_FACTS = 8  # facts a path keeps at once: each one it keeps may split the states at a join in two


def _test(insn: object) -> tuple[int, int, int] | None:
    """(register, bits, constant) of an equality test against a constant."""
    if isinstance(insn, Jump) and insn.op in _TESTS and isinstance(insn.src, Imm):
        bits = 64 if insn.wide else 32
        return insn.dst, bits, insn.src.value & (MASK64 if insn.wide else MASK32)
    return None


def _fill(insn: object) -> int | None:
    """The slot an 8-byte fill from the frame reads."""
    if isinstance(insn, Load) and insn.size is Size.DW and insn.src == R10 and not insn.signed:
        return insn.off
    return None


def _subject(code: Code, index: int, register: int) -> int:
    """What a test at `index` reads: the slot its register was just filled from (looking back a few instructions
    for the register's write), else the register."""
    for at in range(index - 1, max(index - 8, -1), -1):
        if register in defined_registers(code.insns[at]):
            slot = _fill(code.insns[at])
            return slot if slot is not None else register
    return register


def _writes_subject(insn: object, subject: int) -> bool:
    if subject >= 0:
        return subject in defined_registers(insn)  # type: ignore[arg-type]
    if isinstance(insn, Store | Atomic):
        return insn.dst != R10 or (insn.off < subject + 8 and subject < insn.off + int(insn.size))
    return False


def retested(code: Code) -> tuple[frozenset[int], frozenset[int]]:
    """The tests of a register against a constant that another test of it (or of a register filled from the same
    slot) against the same constant, at the same width, follows on some path with no write of it between; and the
    places (registers, slots) they test, where a constant written is worth remembering (`flag = 1`)."""
    tests = {index: (_subject(code, index, test[0]), *test[1:]) for index, insn in enumerate(code.insns)
             if (test := _test(insn)) is not None}
    spills: dict[int, set[int]] = {}  # a register and the slots it is spilled to, both ways
    for insn in code.insns:
        if isinstance(insn, Store) and insn.dst == R10 and insn.size is Size.DW and isinstance(insn.src, Reg):
            spills.setdefault(insn.src.n, set()).add(insn.off)
            spills.setdefault(insn.off, set()).add(insn.src.n)
    counts: dict[tuple[int, int], int] = {}
    for _, bits, value in tests.values():
        counts[(bits, value)] = counts.get((bits, value), 0) + 1
    found: set[int] = set()
    places: set[int] = set()
    for index, test in tests.items():
        if counts[test[1:]] < 2:
            continue
        same = {(subject, *test[1:]) for subject in {test[0], *spills.get(test[0], ())}}
        seen: set[int] = set()
        work = [target for target, _ in successors(code, index)]
        while work and len(seen) < SEARCH:
            at = work.pop()
            if at in seen or at >= len(code.insns):
                continue
            seen.add(at)
            if tests.get(at) in same:
                found.update((index, at))
                places.update(subject for subject, _, _ in same)
                break
            # a register spilled somewhere may be followed by fills of its slot, which hold the value tested
            if not _writes_subject(code.insns[at], test[0]) or (test[0] >= 0 and test[0] in spills):
                work.extend(target for target, _ in successors(code, at))
    return frozenset(found), frozenset(places)


def decided(facts: Facts, depth: int, insn: Jump) -> bool | None:
    """Whether the test is taken on every run with these facts; None where they do not decide it."""
    test = _test(insn)
    if test is None:
        return None
    register, bits, value = test
    for d, r, b, known, equal in facts:
        if (d, r, b) != (depth, register, bits) or b == ALIAS:
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
    places = {register} | {slot for d, r, b, slot, _ in facts if (d, r, b) == (depth, register, ALIAS)}
    kept = [f for f in facts if f[0] != depth or f[1] not in places or f[2] != bits or (f[4] is False and not equal)]
    new = [(depth, place, bits, value, equal) for place in places]
    known = sorted((f for f in kept if f[2] != ALIAS), key=lambda f: f[1] not in _CLOBBERED)
    if len(known) + len(new) > MAX_FACTS:  # forgetting is sound: those of registers a call clobbers go first
        dropped = set(known[:len(known) + len(new) - MAX_FACTS])
        kept = [f for f in kept if f not in dropped]
    return tuple(sorted({*kept, *new}))


def after(facts: Facts, depth: int, insn: object, reaches_stack: bool = True,
          tracked: frozenset[int] = frozenset(), unknown_immediate: bool = False) -> Facts:
    """The facts once `insn` (not a call) has run in the frame at `depth`; `reaches_stack`: whether a store through
    another pointer than the frame pointer may write a stack frame (the code shows it is a map value's, say);
    `tracked`: the places a constant written to is remembered in; `unknown_immediate`: the immediate is not the
    one written in the instruction (a CO-RE value libbpf sets, where the target kernel's is not known)."""
    written = defined_registers(insn)  # type: ignore[arg-type]
    copy = insn.src.n if isinstance(insn, Mov) and isinstance(insn.src, Reg) else None
    slot = _fill(insn)
    stored = isinstance(insn, Store | Atomic)
    constant = None if unknown_immediate else _constant(insn, tracked)
    if not (stored or slot is not None or constant is not None or any(
            d == depth and (r in written or r == copy) for d, r, _, _, _ in facts)):
        return facts
    kept = [f for f in facts if not (f[0] == depth and f[1] in written)]
    if stored:
        assert isinstance(insn, Store | Atomic)
        kept = [f for f in kept if not _overwritten(f, depth, insn, reaches_stack)]
        spilled = insn.src.n if isinstance(insn, Store) and isinstance(insn.src, Reg) else None
        if isinstance(insn, Store) and insn.dst == R10 and insn.size is Size.DW and spilled is not None:
            kept += [(depth, insn.off, bits, value, equal) for d, r, bits, value, equal in facts
                     if d == depth and r == spilled and bits != ALIAS]
            kept.append((depth, spilled, ALIAS, insn.off, True))
    elif isinstance(insn, Mov) and copy is not None:  # a copy: the destination holds the same bits
        # a 32-bit copy holds the low half alone: what it knows of them, and not the slot a 64-bit test would learn
        kept += [(depth, insn.dst, bits, value, equal) for d, r, bits, value, equal in facts
                 if d == depth and r == copy and (insn.wide or bits == 32)]
    elif slot is not None:  # a fill: the register holds the slot's bytes
        assert isinstance(insn, Load)
        kept += [(depth, insn.dst, bits, value, equal) for d, place, bits, value, equal in facts
                 if d == depth and place == slot]
        kept.append((depth, insn.dst, ALIAS, slot, True))
    if constant is not None:
        place, value = constant
        kept += [(depth, place, 64, value & MASK64, True), (depth, place, 32, value & MASK32, True)]
    return tuple(sorted(set(kept)))


def _constant(insn: object, tracked: frozenset[int]) -> tuple[int, int] | None:
    """(place, value) of a 64-bit constant a move or an 8-byte store of an immediate writes to a tracked place."""
    if isinstance(insn, Mov) and insn.wide and isinstance(insn.src, Imm) and insn.dst in tracked:
        return insn.dst, insn.src.value
    if isinstance(insn, Store) and insn.dst == R10 and insn.size is Size.DW and isinstance(insn.src, Imm) and \
            insn.off in tracked:
        return insn.off, insn.src.value
    return None


def _overwritten(fact: tuple[int, int, int, int, bool], depth: int, insn: Store | Atomic, reaches_stack: bool) -> bool:
    """Whether a store may write the slot a fact is about (or that an alias names): through the frame pointer,
    where it overlaps; through another pointer that may reach the stack, every slot of every frame."""
    slot = _slot(fact)
    if slot is None:
        return False
    if insn.dst != R10:
        return reaches_stack
    return fact[0] == depth and insn.off < slot + 8 and slot < insn.off + int(insn.size)


# the stack a call writes: (frame depth, low offset, high offset) ranges, or None for any
StackWrites = tuple[tuple[int, int, int], ...] | None


def called(facts: Facts, depth: int, writes: StackWrites) -> Facts:
    """Across a call made in the frame at `depth` (or back from one into it): R0-R5 are clobbered, a deeper frame's
    facts are gone, and so are those of the slots the call may write."""
    def kept(fact: tuple[int, int, int, int, bool]) -> bool:
        d, place, _, _, _ = fact
        if d > depth or (d == depth and place in _CLOBBERED):
            return False
        slot = _slot(fact)
        if slot is None:
            return True
        return writes is not None and not any(w == d and low < slot + 8 and slot < high for w, low, high in writes)
    return tuple(f for f in facts if kept(f))


def _slot(fact: tuple[int, int, int, int, bool]) -> int | None:
    """The stack slot a fact is about, or that an alias names; None for a fact about a register."""
    _, place, bits, value, _ = fact
    return value if bits == ALIAS else place if place < 0 else None


def about_slots(facts: Facts) -> bool:
    """Whether any fact would be lost where the stack is written: only then does what a store or call writes
    matter."""
    return any(_slot(f) is not None for f in facts)
