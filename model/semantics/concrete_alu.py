"""The arithmetic of the concrete interpreter: eBPF's ALU, jump conditions, byte swaps and atomic updates over
Python ints.

Written from the instruction set's definition (RFC 9669 sections 4 and 5, and the kernel's interpreter
`kernel/bpf/core.c` `___bpf_prog_run` with the verifier's fixups in `kernel/bpf/verifier.c` `do_misc_fixups`), never
from the SMT encoding: a witness replayed here checks that encoding against a second reading of the same rules.
Every value is an unsigned int below 2**64; every function is pure.
"""

from __future__ import annotations

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
    a, b = dst & ones, src & ones
    match op:
        case AluOp.ADD:
            result = a + b
        case AluOp.SUB:
            result = a - b
        case AluOp.MUL:
            result = a * b
        case AluOp.DIV:
            result = a // b if b else 0
        case AluOp.MOD:
            result = a % b if b else a
        case AluOp.SDIV:
            result = _truncating_div(signed(a, bits), signed(b, bits)) if b else 0
        case AluOp.SMOD:
            if b:
                sa, sb = signed(a, bits), signed(b, bits)
                result = sa - _truncating_div(sa, sb) * sb
            else:
                result = a
        case AluOp.OR:
            result = a | b
        case AluOp.AND:
            result = a & b
        case AluOp.XOR:
            result = a ^ b
        case AluOp.LSH:
            result = a << (b & (bits - 1))
        case AluOp.RSH:
            result = a >> (b & (bits - 1))
        case AluOp.ARSH:
            result = signed(a, bits) >> (b & (bits - 1))
    return result & ones


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
    a, b = left & ones, right & ones
    match op:
        case JmpOp.JEQ:
            return a == b
        case JmpOp.JNE:
            return a != b
        case JmpOp.JSET:
            return a & b != 0
        case JmpOp.JGT:
            return a > b
        case JmpOp.JGE:
            return a >= b
        case JmpOp.JLT:
            return a < b
        case JmpOp.JLE:
            return a <= b
        case JmpOp.JSGT:
            return signed(a, bits) > signed(b, bits)
        case JmpOp.JSGE:
            return signed(a, bits) >= signed(b, bits)
        case JmpOp.JSLT:
            return signed(a, bits) < signed(b, bits)
        case JmpOp.JSLE:
            return signed(a, bits) <= signed(b, bits)


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
