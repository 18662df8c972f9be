"""Arithmetic, comparisons and byte swaps as 64-bit bit-vector terms, with the kernel's exact rules.

The kernel's rules differ from SMT-LIB's in a few places, each guarded here: division by zero gives 0 (SMT's
`bvudiv` gives all ones), modulo by zero leaves the dividend (ALU64) or its low half zero-extended (ALU32), shift
amounts are masked, and 32-bit results are zero-extended. Signed modulo takes the dividend's sign, which is
SMT's `bvsrem`, not `bvsmod`.
"""

from __future__ import annotations

from pysmt.fnode import FNode
from pysmt.formula import FormulaManager

from sleepcheck.model.isa.insn import AluOp, ByteOrder, JmpOp

Term = FNode


def low32(mgr: FormulaManager, value: Term) -> Term:
    return mgr.BVExtract(value, 0, 31)


def zext64(mgr: FormulaManager, value: Term) -> Term:
    width = value.bv_width()
    return value if width == 64 else mgr.BVZExt(value, 64 - width)


def sext(mgr: FormulaManager, value: Term, bits: int, to: int) -> Term:
    """The low `bits` of value, sign-extended to `to` bits."""
    low = mgr.BVExtract(value, 0, bits - 1) if value.bv_width() != bits else value
    return low if bits == to else mgr.BVSExt(low, to - bits)


def imm64(mgr: FormulaManager, imm: int) -> Term:
    """A 32-bit immediate as ALU64 and JMP read it: sign-extended."""
    return mgr.BV(imm & 0xFFFFFFFFFFFFFFFF if imm >= 0 else (imm + (1 << 64)), 64)


def _binary(mgr: FormulaManager, op: AluOp, dst: Term, src: Term, width: int) -> Term:
    zero = mgr.BV(0, width)
    is_zero = mgr.Equals(src, zero)
    match op:
        case AluOp.ADD:
            return mgr.BVAdd(dst, src)
        case AluOp.SUB:
            return mgr.BVSub(dst, src)
        case AluOp.MUL:
            return mgr.BVMul(dst, src)
        case AluOp.DIV:
            return mgr.Ite(is_zero, zero, mgr.BVUDiv(dst, src))
        case AluOp.SDIV:
            return mgr.Ite(is_zero, zero, mgr.BVSDiv(dst, src))
        case AluOp.MOD:
            return mgr.Ite(is_zero, dst, mgr.BVURem(dst, src))
        case AluOp.SMOD:
            return mgr.Ite(is_zero, dst, mgr.BVSRem(dst, src))
        case AluOp.OR:
            return mgr.BVOr(dst, src)
        case AluOp.AND:
            return mgr.BVAnd(dst, src)
        case AluOp.XOR:
            return mgr.BVXor(dst, src)
        case AluOp.LSH:
            return mgr.BVLShl(dst, mgr.BVAnd(src, mgr.BV(width - 1, width)))
        case AluOp.RSH:
            return mgr.BVLShr(dst, mgr.BVAnd(src, mgr.BV(width - 1, width)))
        case AluOp.ARSH:
            return mgr.BVAShr(dst, mgr.BVAnd(src, mgr.BV(width - 1, width)))
    raise AssertionError(op)


def alu(mgr: FormulaManager, op: AluOp, wide: bool, dst: Term, src: Term) -> Term:
    """`dst op= src` on 64-bit terms; `src` already holds the operand as a 64-bit value."""
    if wide:
        return _binary(mgr, op, dst, src, 64)
    return zext64(mgr, _binary(mgr, op, low32(mgr, dst), low32(mgr, src), 32))


def neg(mgr: FormulaManager, wide: bool, dst: Term) -> Term:
    return mgr.BVNeg(dst) if wide else zext64(mgr, mgr.BVNeg(low32(mgr, dst)))


def byteswap(mgr: FormulaManager, value: Term, bits: int) -> Term:
    low = mgr.BVExtract(value, 0, bits - 1)
    parts = [mgr.BVExtract(low, i, i + 7) for i in range(0, bits, 8)]  # least significant first
    swapped = parts[0]
    for part in parts[1:]:
        swapped = mgr.BVConcat(swapped, part)
    return zext64(mgr, swapped)


def endian(mgr: FormulaManager, order: ByteOrder, bits: int, value: Term) -> Term:
    """BPF runs little-endian here: `le` truncates, `be` and `bswap` swap the low `bits`."""
    if order is ByteOrder.LE:
        return zext64(mgr, mgr.BVExtract(value, 0, bits - 1))
    return byteswap(mgr, value, bits)


def compare(mgr: FormulaManager, op: JmpOp, wide: bool, left: Term, right: Term) -> Term:
    """The condition under which a conditional jump is taken."""
    if not wide:
        left, right = low32(mgr, left), low32(mgr, right)
    match op:
        case JmpOp.JEQ:
            return mgr.Equals(left, right)
        case JmpOp.JNE:
            return mgr.Not(mgr.Equals(left, right))
        case JmpOp.JGT:
            return mgr.BVUGT(left, right)
        case JmpOp.JGE:
            return mgr.BVUGE(left, right)
        case JmpOp.JLT:
            return mgr.BVULT(left, right)
        case JmpOp.JLE:
            return mgr.BVULE(left, right)
        case JmpOp.JSGT:
            return mgr.BVSGT(left, right)
        case JmpOp.JSGE:
            return mgr.BVSGE(left, right)
        case JmpOp.JSLT:
            return mgr.BVSLT(left, right)
        case JmpOp.JSLE:
            return mgr.BVSLE(left, right)
        case JmpOp.JSET:
            return mgr.Not(mgr.Equals(mgr.BVAnd(left, right), mgr.BV(0, left.bv_width())))
    raise AssertionError(op)
