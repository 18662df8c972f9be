"""Bytes to instruction records, and back.

Decoding rejects anything the kernel's `check_insn_fields`-style checks would: unknown opcodes, registers past
r10, reserved fields set. A jump out of the function is checked where the function is known (`check_jumps`).
"""

from __future__ import annotations

import struct

from sleepcheck.model.errors import DecodeError
from sleepcheck.model.isa import opcodes as oc
from sleepcheck.model.isa.insn import (
    NUM_REGS,
    AddrSpaceCast,
    Alu,
    AluOp,
    Atomic,
    ByteOrder,
    Call,
    CallKind,
    Code,
    Endian,
    Exit,
    Goto,
    Imm,
    Insn,
    Jump,
    Load,
    LoadImm64,
    MayGoto,
    Mov,
    MovSx,
    Neg,
    PacketLoad,
    PacketMode,
    Pseudo,
    Reg,
    Size,
    Store,
    jump_indices,
)

_SLOT = struct.Struct("<BBhi")
SLOT_SIZE = 8


def _s32(value: int) -> int:
    value &= 0xFFFFFFFF
    return value - (1 << 32) if value & 0x80000000 else value


def _fail(slot: int, code: int, why: str) -> DecodeError:
    return DecodeError(f"{why} (opcode 0x{code:02x})", insn=slot)


# Instruction records are immutable and programs repeat their instructions (a 100,000-instruction program has a
# few hundred distinct ones): a slot's bytes, read as one little-endian number, decode once.
_DECODED: dict[int, Insn] = {}
_DECODED_MAX = 1 << 16
_WORD = struct.Struct("<Q")


def decode(data: bytes) -> Code:
    """Decode a whole function or section. Raises DecodeError naming the slot of the first bad instruction."""
    if len(data) % SLOT_SIZE:
        raise DecodeError(f"code size {len(data)} is not a multiple of {SLOT_SIZE} bytes")
    count = len(data) // SLOT_SIZE
    words = [word for (word,) in _WORD.iter_unpack(data)]
    insns: list[Insn] = []
    slots: list[int] = []
    known = _DECODED.get
    slot = 0
    while slot < count:
        word = words[slot]
        insn = known(word)  # never an ld_imm64, whose meaning takes two slots
        if insn is None:
            insn = _decode_slot(data, slot, count)
            if type(insn) is LoadImm64:
                insns.append(insn)
                slots.append(slot)
                slot += 2
                continue
            if len(_DECODED) >= _DECODED_MAX:
                _DECODED.clear()
            _DECODED[word] = insn
        insns.append(insn)
        slots.append(slot)
        slot += 1
    return Code(tuple(insns), tuple(slots))


def _decode_slot(data: bytes, slot: int, count: int) -> Insn:
    code, regs, off, imm = _SLOT.unpack_from(data, slot * SLOT_SIZE)
    dst, src = regs & 0x0F, regs >> 4
    if dst >= NUM_REGS or src >= NUM_REGS:
        raise _fail(slot, code, f"register r{max(dst, src)} does not exist")
    if code != oc.LD | oc.MODE_IMM | oc.SIZE_OPCODE[Size.DW]:
        return _decode_one(slot, code, dst, src, off, imm)
    if slot + 1 >= count:
        raise _fail(slot, code, "ld_imm64 is missing its second slot")
    code2, regs2, off2, imm2 = _SLOT.unpack_from(data, (slot + 1) * SLOT_SIZE)
    if code2 or regs2 or off2:
        raise _fail(slot, code, "ld_imm64 second slot has reserved fields set")
    if src not in Pseudo._value2member_map_:
        raise _fail(slot, code, f"ld_imm64 with unknown pseudo source {src}")
    return LoadImm64(dst, Pseudo(src), imm & 0xFFFFFFFF, imm2 & 0xFFFFFFFF)


def _decode_one(slot: int, code: int, dst: int, src: int, off: int, imm: int) -> Insn:
    cls = code & 0x07
    if cls in (oc.ALU, oc.ALU64):
        return _decode_alu(slot, code, cls == oc.ALU64, dst, src, off, imm)
    if cls in (oc.JMP, oc.JMP32):
        return _decode_jmp(slot, code, cls == oc.JMP, dst, src, off, imm)
    size = oc.SIZE_CODES[code & 0x18]
    mode = code & 0xE0
    if cls == oc.LDX and mode in (oc.MODE_MEM, oc.MODE_MEMSX):
        if mode == oc.MODE_MEMSX and size == Size.DW:
            raise _fail(slot, code, "sign-extending load of 8 bytes does not exist")
        _zero(slot, code, imm=imm)
        return Load(size, dst, src, off, signed=mode == oc.MODE_MEMSX)
    if cls == oc.ST and mode == oc.MODE_MEM:
        _zero(slot, code, src=src)
        return Store(size, dst, off, Imm(imm))
    if cls == oc.STX and mode == oc.MODE_MEM:
        _zero(slot, code, imm=imm)
        return Store(size, dst, off, Reg(src))
    if cls == oc.STX and mode == oc.MODE_ATOMIC:
        return _decode_atomic(slot, code, size, dst, src, off, imm)
    if cls == oc.LD and mode in (oc.MODE_ABS, oc.MODE_IND) and size != Size.DW:
        _zero(slot, code, dst=dst, off=off)
        packet_mode = PacketMode.ABS if mode == oc.MODE_ABS else PacketMode.IND
        if packet_mode is PacketMode.ABS:
            _zero(slot, code, src=src)
        return PacketLoad(size, packet_mode, src, imm)
    raise _fail(slot, code, "unknown opcode")


def _zero(slot: int, code: int, **fields: int) -> None:
    for name, value in fields.items():
        if value:
            raise _fail(slot, code, f"reserved field {name} is {value}, must be 0")


def _decode_alu(slot: int, code: int, wide: bool, dst: int, src: int, off: int, imm: int) -> Insn:
    op = code & 0xF0
    from_reg = bool(code & oc.SRC_X)
    operand = Reg(src) if from_reg else Imm(imm)
    addr_space_cast = wide and from_reg and op == oc.MOV and off == oc.ADDR_SPACE_CAST_OFF
    if not from_reg:
        _zero(slot, code, src=src)
    elif op != oc.END and not addr_space_cast:
        _zero(slot, code, imm=imm)
    if op == oc.NEG:
        if from_reg:
            raise _fail(slot, code, "unknown opcode")  # the kernel's check_alu_op: BPF_NEG is BPF_K only
        _zero(slot, code, src=src, off=off, imm=imm)
        return Neg(wide, dst)
    if op == oc.MOV:
        if off == 0:
            return Mov(wide, dst, operand)
        if addr_space_cast:
            return AddrSpaceCast(dst, src, (imm >> 16) & 0xFFFF, imm & 0xFFFF)
        if from_reg and off in oc.MOVSX_BITS and (wide or off != 32):
            return MovSx(wide, dst, src, off)
        raise _fail(slot, code, f"mov with offset {off}")
    if op == oc.END:
        _zero(slot, code, src=src, off=off)
        if imm not in (16, 32, 64):
            raise _fail(slot, code, f"byte swap of {imm} bits")
        if wide:
            if from_reg:
                raise _fail(slot, code, "unknown opcode")
            return Endian(dst, ByteOrder.SWAP, imm)
        return Endian(dst, ByteOrder.BE if from_reg else ByteOrder.LE, imm)
    if op in oc.ALU_SIGNED and off == 1:
        return Alu(oc.ALU_SIGNED[op], wide, dst, operand)
    if op not in oc.ALU_CODES:
        raise _fail(slot, code, "unknown opcode")
    _zero(slot, code, off=off)
    return Alu(oc.ALU_CODES[op], wide, dst, operand)


def _decode_jmp(slot: int, code: int, wide: bool, dst: int, src: int, off: int, imm: int) -> Insn:
    op = code & 0xF0
    from_reg = bool(code & oc.SRC_X)
    if op == oc.JA:
        _zero(slot, code, dst=dst, src=src)
        if from_reg:
            raise _fail(slot, code, "unknown opcode")
        if wide:
            _zero(slot, code, imm=imm)
            return Goto(off)
        _zero(slot, code, off=off)
        return Goto(imm, long=True)
    if op == oc.CALL and wide and not from_reg:
        _zero(slot, code, dst=dst)
        if src not in CallKind._value2member_map_:
            raise _fail(slot, code, f"call with unknown source {src}")
        kind = CallKind(src)
        if kind is not CallKind.KFUNC:
            _zero(slot, code, off=off)
        return Call(kind, imm, off)
    if op == oc.EXIT and wide and not from_reg:
        _zero(slot, code, dst=dst, src=src, off=off, imm=imm)
        return Exit()
    if op == oc.JCOND and wide and not from_reg:
        _zero(slot, code, dst=dst, src=src, imm=imm)
        return MayGoto(off)
    if op not in oc.JMP_CODES:
        raise _fail(slot, code, "unknown opcode")
    if from_reg:
        _zero(slot, code, imm=imm)
    else:
        _zero(slot, code, src=src)
    return Jump(oc.JMP_CODES[op], wide, dst, Reg(src) if from_reg else Imm(imm), off)


def _decode_atomic(slot: int, code: int, size: Size, dst: int, src: int, off: int, imm: int) -> Insn:
    fetch = bool(imm & oc.FETCH)
    base = imm & ~oc.FETCH
    if base not in oc.ATOMIC_CODES:
        raise _fail(slot, code, f"unknown atomic operation 0x{imm:x}")
    op = oc.ATOMIC_CODES[base]
    if op in oc.ORDERED:
        if fetch:
            raise _fail(slot, code, f"unknown atomic operation 0x{imm:x}")
    else:
        if size not in (Size.W, Size.DW):
            raise _fail(slot, code, f"atomic {op.name.lower()} of {int(size)} bytes")
        if op in oc.ALWAYS_FETCH and not fetch:
            raise _fail(slot, code, f"unknown atomic operation 0x{imm:x}")
    return Atomic(size, op, dst, src, off, fetch or op in oc.ALWAYS_FETCH)


def _pack(code: int, dst: int, src: int, off: int, imm: int) -> bytes:
    return _SLOT.pack(code, (src << 4) | dst, off, _s32(imm))


def encode_insn(insn: Insn) -> bytes:
    """One instruction to its 8 (or, for ld_imm64, 16) bytes."""
    match insn:
        case Alu(op, wide, dst, src):
            cls = oc.ALU64 if wide else oc.ALU
            signed_off = 1 if op in (AluOp.SDIV, AluOp.SMOD) else 0
            if isinstance(src, Reg):
                return _pack(cls | oc.ALU_OPCODE[op] | oc.SRC_X, dst, src.n, signed_off, 0)
            return _pack(cls | oc.ALU_OPCODE[op], dst, 0, signed_off, src.value)
        case Neg(wide, dst):
            return _pack((oc.ALU64 if wide else oc.ALU) | oc.NEG, dst, 0, 0, 0)
        case Mov(wide, dst, src):
            cls = oc.ALU64 if wide else oc.ALU
            if isinstance(src, Reg):
                return _pack(cls | oc.MOV | oc.SRC_X, dst, src.n, 0, 0)
            return _pack(cls | oc.MOV, dst, 0, 0, src.value)
        case MovSx(wide, dst, src, bits):
            return _pack((oc.ALU64 if wide else oc.ALU) | oc.MOV | oc.SRC_X, dst, src, bits, 0)
        case AddrSpaceCast(dst, src, dst_as, src_as):
            return _pack(oc.ALU64 | oc.MOV | oc.SRC_X, dst, src, oc.ADDR_SPACE_CAST_OFF, (dst_as << 16) | src_as)
        case Endian(dst, order, bits):
            if order is ByteOrder.SWAP:
                return _pack(oc.ALU64 | oc.END, dst, 0, 0, bits)
            return _pack(oc.ALU | oc.END | (oc.SRC_X if order is ByteOrder.BE else oc.SRC_K), dst, 0, 0, bits)
        case LoadImm64(dst, pseudo, lo, hi):
            return _pack(oc.LD | oc.MODE_IMM | oc.SIZE_OPCODE[Size.DW], dst, int(pseudo), 0, lo) + _pack(
                0, 0, 0, 0, hi
            )
        case Load(size, dst, src, off, signed):
            mode = oc.MODE_MEMSX if signed else oc.MODE_MEM
            return _pack(oc.LDX | mode | oc.SIZE_OPCODE[size], dst, src, off, 0)
        case Store(size, dst, off, Reg(n)):
            return _pack(oc.STX | oc.MODE_MEM | oc.SIZE_OPCODE[size], dst, n, off, 0)
        case Store(size, dst, off, Imm(value)):
            return _pack(oc.ST | oc.MODE_MEM | oc.SIZE_OPCODE[size], dst, 0, off, value)
        case Atomic(size, op, dst, src, off, fetch):
            imm = oc.ATOMIC_OPCODE[op] | (oc.FETCH if fetch and op not in oc.ORDERED else 0)
            return _pack(oc.STX | oc.MODE_ATOMIC | oc.SIZE_OPCODE[size], dst, src, off, imm)
        case PacketLoad(size, mode, src, imm):
            code = oc.LD | (oc.MODE_ABS if mode is PacketMode.ABS else oc.MODE_IND) | oc.SIZE_OPCODE[size]
            return _pack(code, 0, src, 0, imm)
        case Jump(op, wide, dst, src, off):
            cls = oc.JMP if wide else oc.JMP32
            if isinstance(src, Reg):
                return _pack(cls | oc.JMP_OPCODE[op] | oc.SRC_X, dst, src.n, off, 0)
            return _pack(cls | oc.JMP_OPCODE[op], dst, 0, off, src.value)
        case Goto(off, long):
            if long:
                return _pack(oc.JMP32 | oc.JA, 0, 0, 0, off)
            return _pack(oc.JMP | oc.JA, 0, 0, off, 0)
        case MayGoto(off):
            return _pack(oc.JMP | oc.JCOND, 0, 0, off, 0)
        case Call(kind, imm, off):
            return _pack(oc.JMP | oc.CALL, 0, int(kind), off, imm)
        case Exit():
            return _pack(oc.JMP | oc.EXIT, 0, 0, 0, 0)
    raise AssertionError(f"unhandled instruction {insn!r}")


def encode(insns: Code | list[Insn] | tuple[Insn, ...]) -> bytes:
    items = insns.insns if isinstance(insns, Code) else insns
    return b"".join(encode_insn(insn) for insn in items)


def check_jumps(code: Code) -> None:
    """Every jump must land on the start of an instruction inside the same function, and no run may fall off its
    end: the kernel refuses a function whose last instruction is not an exit or an unconditional jump ("last insn
    is not an exit or jmp", kernel/bpf/verifier.c: check_subprogs)."""
    if not code.insns or not isinstance(code.insns[-1], Exit | Goto):
        raise DecodeError("the last instruction is not an exit or an unconditional jump: a run falls off the end",
                          insn=code.slots[-1] if code.insns else 0)
    starts = set(code.slots)
    for index in jump_indices(code):
        target = code.slots[index] + 1 + code.insns[index].off  # type: ignore[union-attr]
        if target not in starts:
            raise DecodeError(f"jump to slot {target} is outside the function or inside ld_imm64",
                              insn=code.slots[index])

