"""The arithmetic of the concrete interpreter: eBPF's ALU, jump conditions, byte swaps and atomic updates over
Python ints.

Written from the instruction set's definition (RFC 9669 sections 4 and 5, and the kernel's interpreter
`kernel/bpf/core.c` `___bpf_prog_run` with the verifier's fixups in `kernel/bpf/verifier.c` `do_misc_fixups`), never
from the SMT encoding: a witness replayed here checks that encoding against a second reading of the same rules.
Every value is an unsigned int below 2**64; every function is pure.
"""

from __future__ import annotations

from collections.abc import Callable

from sleepcheck.model.isa.insn import AluOp, AtomicOp, ByteOrder, JmpOp

MASK64 = (1 << 64) - 1
MASK32 = (1 << 32) - 1


def mask(value: int, bits: int) -> int:
    return value & ((1 << bits) - 1)


def signed(value: int, bits: int) -> int:
    """The two's complement reading of the low `bits` of `value`."""
    value = mask(value, bits)
    return value - (1 << bits) if value >> (bits - 1) else value


def sign_extend(value: int, from_bits: int, to_bits: int = 64) -> int:
    return mask(signed(value, from_bits), to_bits)


def imm_operand(imm: int, wide: bool) -> int:
    """An instruction's 32-bit immediate as the operand the kernel uses: sign-extended to 64 bits for the 64-bit
    forms, its low 32 bits for the 32-bit forms."""
    low = imm & MASK32
    return low | _HIGH_ONES if wide and low >> 31 else low


_HIGH_ONES = MASK64 ^ MASK32


def _truncating_div(a: int, b: int) -> int:
    """Signed division rounding toward zero, as C does (Python's // rounds toward minus infinity)."""
    quotient = abs(a) // abs(b)
    return quotient if (a < 0) == (b < 0) else -quotient


def alu(op: AluOp, wide: bool, dst: int, src: int) -> int:
    """dst op src for the 64-bit (wide) or 32-bit form; a 32-bit result is zero-extended into the register.

    Division by zero gives 0; modulo by zero leaves the dividend (for the 32-bit form, its low half zero-extended)
    (RFC 9669 4.1). Signed division of the most negative value by -1 wraps to itself and its modulo is 0: the
    verifier rewrites `sdiv -1` as a negation and `smod -1` as a move of 0 (`do_misc_fixups`). Shift amounts are
    masked to the operand width, as the interpreter and every JIT do."""
    bits, ones = (64, MASK64) if wide else (32, MASK32)
    return _BINARY[op](dst & ones, src & ones, bits) & ones


def _sdiv(a: int, b: int, bits: int) -> int:
    return _truncating_div(signed(a, bits), signed(b, bits)) if b else 0


def _smod(a: int, b: int, bits: int) -> int:
    if not b:
        return a
    sa, sb = signed(a, bits), signed(b, bits)
    return sa - _truncating_div(sa, sb) * sb


# each operation on operands already cut to `bits`; alu() cuts the result. A table, not a `match`: a match tries
# the cases in turn, and the last of thirteen cost four times the first.
_BINARY: dict[AluOp, Callable[[int, int, int], int]] = {
    AluOp.ADD: lambda a, b, bits: a + b,
    AluOp.SUB: lambda a, b, bits: a - b,
    AluOp.MUL: lambda a, b, bits: a * b,
    AluOp.DIV: lambda a, b, bits: a // b if b else 0,
    AluOp.MOD: lambda a, b, bits: a % b if b else a,
    AluOp.SDIV: _sdiv,
    AluOp.SMOD: _smod,
    AluOp.OR: lambda a, b, bits: a | b,
    AluOp.AND: lambda a, b, bits: a & b,
    AluOp.XOR: lambda a, b, bits: a ^ b,
    AluOp.LSH: lambda a, b, bits: a << (b & (bits - 1)),
    AluOp.RSH: lambda a, b, bits: a >> (b & (bits - 1)),
    AluOp.ARSH: lambda a, b, bits: signed(a, bits) >> (b & (bits - 1)),
}


def neg(wide: bool, dst: int) -> int:
    bits = 64 if wide else 32
    return mask(-dst, bits)


def movsx(wide: bool, src: int, from_bits: int) -> int:
    """Sign-extending move: the low `from_bits` of src sign-extended to 64 bits, or to 32 bits and then
    zero-extended for the 32-bit form."""
    return sign_extend(src, from_bits, 64 if wide else 32)


def byte_swap(value: int, bits: int) -> int:
    return int.from_bytes(mask(value, bits).to_bytes(bits // 8, "little"), "big")


def endian(order: ByteOrder, bits: int, value: int) -> int:
    """le/be convert between host (little-endian, as on every machine this runs against) and the named order,
    truncating to `bits` and zero-extending; bswap swaps unconditionally."""
    if order is ByteOrder.LE:
        return mask(value, bits)
    return byte_swap(value, bits)


def condition(op: JmpOp, wide: bool, left: int, right: int) -> bool:
    """A conditional jump's test; the 32-bit form (JMP32) compares the low halves."""
    bits, ones = (64, MASK64) if wide else (32, MASK32)
    return _TESTS[op](left & ones, right & ones, bits)


_TESTS: dict[JmpOp, Callable[[int, int, int], bool]] = {
    JmpOp.JEQ: lambda a, b, bits: a == b,
    JmpOp.JNE: lambda a, b, bits: a != b,
    JmpOp.JSET: lambda a, b, bits: a & b != 0,
    JmpOp.JGT: lambda a, b, bits: a > b,
    JmpOp.JGE: lambda a, b, bits: a >= b,
    JmpOp.JLT: lambda a, b, bits: a < b,
    JmpOp.JLE: lambda a, b, bits: a <= b,
    JmpOp.JSGT: lambda a, b, bits: signed(a, bits) > signed(b, bits),
    JmpOp.JSGE: lambda a, b, bits: signed(a, bits) >= signed(b, bits),
    JmpOp.JSLT: lambda a, b, bits: signed(a, bits) < signed(b, bits),
    JmpOp.JSLE: lambda a, b, bits: signed(a, bits) <= signed(b, bits),
}


def atomic_update(op: AtomicOp, bits: int, old: int, operand: int) -> int:
    """The value an atomic read-modify-write leaves in memory (CMPXCHG and the ordered loads and stores are not
    updates and are handled by the caller)."""
    match op:
        case AtomicOp.ADD:
            return mask(old + operand, bits)
        case AtomicOp.OR:
            return mask(old | operand, bits)
        case AtomicOp.AND:
            return mask(old & operand, bits)
        case AtomicOp.XOR:
            return mask(old ^ operand, bits)
        case AtomicOp.XCHG:
            return mask(operand, bits)
    raise ValueError(f"{op} is not a read-modify-write update")
