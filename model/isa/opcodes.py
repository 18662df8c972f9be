"""Opcode field values of the eBPF encoding (RFC 9669 section 3 and include/uapi/linux/bpf.h, bpf_common.h).

Only the decoder and encoder use these; every other module works on the records of `insn.py`.
"""

from __future__ import annotations

from sleepcheck.model.isa.insn import AluOp, AtomicOp, JmpOp, Size

# instruction classes (low three bits)
LD, LDX, ST, STX, ALU, JMP, JMP32, ALU64 = range(8)

# source bit of ALU and JMP classes
SRC_K = 0x00
SRC_X = 0x08

# ALU operation codes (high four bits); NEG, MOV and END are decoded apart
ALU_CODES: dict[int, AluOp] = {
    0x00: AluOp.ADD,
    0x10: AluOp.SUB,
    0x20: AluOp.MUL,
    0x30: AluOp.DIV,
    0x40: AluOp.OR,
    0x50: AluOp.AND,
    0x60: AluOp.LSH,
    0x70: AluOp.RSH,
    0x90: AluOp.MOD,
    0xA0: AluOp.XOR,
    0xC0: AluOp.ARSH,
}
ALU_SIGNED = {0x30: AluOp.SDIV, 0x90: AluOp.SMOD}  # DIV and MOD with offset 1 (cpu v4)
ALU_OPCODE: dict[AluOp, int] = {op: code for code, op in ALU_CODES.items()} | {
    AluOp.SDIV: 0x30,
    AluOp.SMOD: 0x90,
}
NEG = 0x80
MOV = 0xB0
END = 0xD0

# JMP operation codes
JMP_CODES: dict[int, JmpOp] = {
    0x10: JmpOp.JEQ,
    0x20: JmpOp.JGT,
    0x30: JmpOp.JGE,
    0x40: JmpOp.JSET,
    0x50: JmpOp.JNE,
    0x60: JmpOp.JSGT,
    0x70: JmpOp.JSGE,
    0xA0: JmpOp.JLT,
    0xB0: JmpOp.JLE,
    0xC0: JmpOp.JSLT,
    0xD0: JmpOp.JSLE,
}
JMP_OPCODE: dict[JmpOp, int] = {op: code for code, op in JMP_CODES.items()}
JA = 0x00
CALL = 0x80
EXIT = 0x90
JCOND = 0xE0

# load/store modes (high three bits) and sizes (bits 3-4)
MODE_IMM = 0x00
MODE_ABS = 0x20
MODE_IND = 0x40
MODE_MEM = 0x60
MODE_MEMSX = 0x80
MODE_ATOMIC = 0xC0
SIZE_CODES: dict[int, Size] = {0x00: Size.W, 0x08: Size.H, 0x10: Size.B, 0x18: Size.DW}
SIZE_OPCODE: dict[Size, int] = {size: code for code, size in SIZE_CODES.items()}

# atomic operations (imm field)
FETCH = 0x01
ATOMIC_CODES: dict[int, AtomicOp] = {
    0x00: AtomicOp.ADD,
    0x40: AtomicOp.OR,
    0x50: AtomicOp.AND,
    0xA0: AtomicOp.XOR,
    0xE0: AtomicOp.XCHG,
    0xF0: AtomicOp.CMPXCHG,
    0x100: AtomicOp.LOAD_ACQUIRE,
    0x110: AtomicOp.STORE_RELEASE,
}
ATOMIC_OPCODE: dict[AtomicOp, int] = {op: code for code, op in ATOMIC_CODES.items()}
ALWAYS_FETCH = frozenset({AtomicOp.XCHG, AtomicOp.CMPXCHG})
ORDERED = frozenset({AtomicOp.LOAD_ACQUIRE, AtomicOp.STORE_RELEASE})

# ALU64 MOV X with offset 1 is addr_space_cast (cpu v4 arena)
ADDR_SPACE_CAST_OFF = 1
MOVSX_BITS = (8, 16, 32)
