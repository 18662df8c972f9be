"""What a path knows of a fallible acquire's result (bpf_res_spin_lock's) while registers still hold it.

A path on which the lock was taken has R0 == 0; one on which it failed has R0 in the failure range. The code
branches on that value right away (`if (bpf_res_spin_lock(&v->lock)) continue;`), so a branch on a register that
still holds it goes one way only on each path. The pre-pass has no values; without this, each way of the branch
would continue from both outcomes, and n locks in sequence would make 2^n context states (a path that "failed" yet
holds the lock, and one that "took" it yet holds nothing).

Only copies are followed (`w8 = w0`, `r6 = r0`, `r1 = (s32)r0`), and shifts by a constant (`r0 <<= 32; r0 >>= 32`,
how clang zero-extends an int result for the mcpu versions without 32-bit jumps); any other write to a register
forgets it, and a call forgets them all. A range is kept only while it does not cross zero at the width a branch
reads, so that every comparison with a constant is monotone over it and its two ends decide it.
"""

from __future__ import annotations

from sleepcheck.model.isa.insn import Alu, AluOp, Imm, Insn, JmpOp, Jump, Mov, MovSx, Reg
from sleepcheck.model.semantics.concrete_alu import MASK32, MASK64, alu, condition, signed
from sleepcheck.model.semantics.flow import defined_registers

# (register, low, high): the register's 64-bit value lies in [low, high], read as signed
Known = tuple[tuple[int, int, int], ...]


def after(known: Known, insn: Insn) -> Known:
    """What is still known once `insn` has run."""
    written = defined_registers(insn)
    moves = isinstance(insn, Mov | MovSx) or _shift(insn) is not None
    if not known or (not moves and not any(register in written for register, _, _ in known)):
        return known
    ranges = {register: (low, high) for register, low, high in known}
    copied = _copied(ranges, insn) or _shifted(ranges, insn)
    for register in written:
        ranges.pop(register, None)
    if copied is not None:
        ranges[copied[0]] = copied[1:]
    return tuple(sorted((register, low, high) for register, (low, high) in ranges.items()))


def _copied(ranges: dict[int, tuple[int, int]], insn: Insn) -> tuple[int, int, int] | None:
    """The range a move copies into its destination, if it moves a register whose range is known."""
    if isinstance(insn, Mov) and isinstance(insn.src, Reg) and insn.src.n in ranges:
        low, high = ranges[insn.src.n]
        if insn.wide:
            return insn.dst, low, high
        if _same_sign(low, high, 32):  # zero-extended: the low halves, as unsigned
            return insn.dst, low & MASK32, high & MASK32
    if isinstance(insn, MovSx) and insn.wide and insn.bits == 32 and insn.src in ranges:
        low, high = ranges[insn.src]
        if _same_sign(low, high, 32):
            return insn.dst, signed(low, 32), signed(high, 32)
    return None


def _shift(insn: Insn) -> tuple[AluOp, int] | None:
    if isinstance(insn, Alu) and insn.wide and isinstance(insn.src, Imm) and insn.op in _SHIFTS:
        return insn.op, insn.src.value & 63
    return None


_SHIFTS = (AluOp.LSH, AluOp.RSH, AluOp.ARSH)


def _shifted(ranges: dict[int, tuple[int, int]], insn: Insn) -> tuple[int, int, int] | None:
    """The range a shift by a constant leaves in a register whose range is known: each shift keeps the order of
    values on one side of zero (a left shift, of those that lose no differing bit), so the ends map to the ends."""
    shift = _shift(insn)
    if shift is None or not isinstance(insn, Alu) or insn.dst not in ranges:
        return None
    op, by = shift
    low, high = (value & MASK64 for value in ranges[insn.dst])
    if not _same_sign(low, high, 64) or (op is AluOp.LSH and by and low >> (64 - by) != high >> (64 - by)):
        return None
    low, high = alu(op, True, low, by), alu(op, True, high, by)
    return (insn.dst, low, high) if _same_sign(low, high, 64) else None


def decided(known: Known, insn: Jump) -> bool | None:
    """Whether the jump is taken, where the register it tests holds a known range that decides it; else None."""
    if not isinstance(insn.src, Imm):
        return None
    found = next(((low, high) for register, low, high in known if register == insn.dst), None)
    if found is None:
        return None
    low, high = found
    bits = 64 if insn.wide else 32
    if not _same_sign(low, high, bits):
        return None
    at_low = condition(insn.op, insn.wide, low, insn.src.value)
    if low == high:
        return at_low
    if insn.op is JmpOp.JSET:
        return None
    if insn.op in (JmpOp.JEQ, JmpOp.JNE) and signed(low, bits) <= signed(insn.src.value, bits) <= signed(high, bits):
        return None
    return at_low if condition(insn.op, insn.wide, high, insn.src.value) == at_low else None


def _same_sign(low: int, high: int, bits: int) -> bool:
    """Whether [low, high] read at `bits` is one run of values on one side of zero: then it is contiguous read
    signed and read unsigned alike, and a comparison with a constant changes its answer at most once across it."""
    span = high - low
    low_at, high_at = signed(low, bits), signed(high, bits)
    return 0 <= span == high_at - low_at and (low_at >= 0) == (high_at >= 0)
