"""Instructions as text: LLVM's BPF assembly (what `llvm-objdump -d` prints and clang's assembler reads), and the
kernel verifier log's syntax, so a witness reads like the log a BPF developer already knows.

Parsing accepts LLVM syntax with decimal or hex numbers, `w` or `r` registers where LLVM allows either, labels
(`LBB0_2:` and `goto LBB0_2`) and objdump's address and byte columns, so a disassembly can be pasted back in.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Mapping

from sleepcheck.model.errors import AsmError
from sleepcheck.model.isa.insn import (
    AddrSpaceCast,
    Alu,
    AluOp,
    Atomic,
    AtomicOp,
    ByteOrder,
    Call,
    CallKind,
    Code,
    Endian,
    Exit,
    Goto,
    Imm,
    Insn,
    JmpOp,
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
    slot_count,
)


class Syntax(enum.Enum):
    LLVM = "llvm"
    VERIFIER = "verifier"


_SIZE_NAME = {Size.B: "u8", Size.H: "u16", Size.W: "u32", Size.DW: "u64"}
_SIGNED_SIZE_NAME = {Size.B: "s8", Size.H: "s16", Size.W: "s32"}
_ATOMIC_FETCH_NAME = {AtomicOp.ADD: "add", AtomicOp.OR: "or", AtomicOp.AND: "and", AtomicOp.XOR: "xor"}


def _reg(n: int, wide: bool) -> str:
    return f"{'r' if wide else 'w'}{n}"


def _num(value: int, syntax: Syntax) -> str:
    if syntax is Syntax.VERIFIER and value >= 0:
        return hex(value)
    return str(value)


def _offset(off: int, syntax: Syntax) -> str:
    if syntax is Syntax.VERIFIER:
        return f"{off:+d}"
    return f"+ {off}" if off >= 0 else f"- {-off}"


def _mem(base: int, off: int, syntax: Syntax) -> str:
    return f"(r{base} {_offset(off, syntax)})"


def _jump(off: int, syntax: Syntax) -> str:
    return f"pc{off:+d}" if syntax is Syntax.VERIFIER else f"{off:+d}"


def format_insn(insn: Insn, syntax: Syntax = Syntax.LLVM, *, call_name: Callable[[Call], str | None] | None = None,
                load_name: Callable[[LoadImm64], str | None] | None = None) -> str:
    """One instruction as text. `call_name`/`load_name` supply symbol names where relocations give them."""
    v = syntax
    match insn:
        case Alu(op, wide, dst, src):
            operand = _reg(src.n, wide) if isinstance(src, Reg) else _num(src.value, v)
            return f"{_reg(dst, wide)} {op.value}= {operand}"
        case Neg(wide, dst):
            return f"{_reg(dst, wide)} = -{_reg(dst, wide)}"
        case Mov(wide, dst, src):
            operand = _reg(src.n, wide) if isinstance(src, Reg) else _num(src.value, v)
            return f"{_reg(dst, wide)} = {operand}"
        case MovSx(wide, dst, src, bits):
            return f"{_reg(dst, wide)} = (s{bits}){_reg(src, wide)}"
        case AddrSpaceCast(dst, src, dst_as, src_as):
            return f"r{dst} = addr_space_cast(r{src}, {dst_as}, {src_as})"
        case Endian(dst, order, bits):
            return f"r{dst} = {order.value}{bits} r{dst}"
        case LoadImm64(dst, pseudo, lo, hi):
            name = load_name(insn) if load_name else None
            if name is not None:
                return f"r{dst} = {name} ll"
            if pseudo is Pseudo.NONE:
                return f"r{dst} = {_num(insn.value, Syntax.VERIFIER if v is Syntax.VERIFIER else v)} ll"
            return f"ld_pseudo r{dst}, {int(pseudo)}, {lo}" + (f", {hi}" if hi else "")
        case Load(size, dst, src, off, signed):
            type_name = _SIGNED_SIZE_NAME[size] if signed else _SIZE_NAME[size]
            return f"r{dst} = *({type_name} *){_mem(src, off, v)}"
        case Store(size, dst, off, src):
            operand = f"r{src.n}" if isinstance(src, Reg) else _num(src.value, v)
            return f"*({_SIZE_NAME[size]} *){_mem(dst, off, v)} = {operand}"
        case Atomic():
            return _format_atomic(insn, v)
        case PacketLoad(size, mode, src, imm):
            where = _num(imm, v) if mode is PacketMode.ABS else (f"r{src}" + (f" + {imm}" if imm else ""))
            return f"r0 = *({_SIZE_NAME[size]} *)skb[{where}]"
        case Jump(op, wide, dst, src, off):
            operand = _reg(src.n, wide) if isinstance(src, Reg) else _num(src.value, v)
            return f"if {_reg(dst, wide)} {op.value} {operand} goto {_jump(off, v)}"
        case Goto(off, long):
            return f"{'gotol' if long else 'goto'} {_jump(off, v)}"
        case MayGoto(off):
            return f"may_goto {_jump(off, v)}"
        case Call(kind, imm, _off):
            name = call_name(insn) if call_name else None
            if kind is CallKind.LOCAL:
                return f"call {name}" if name and v is Syntax.LLVM else f"call {_jump(imm, v)}"
            if name is not None:
                return f"call {name}#{imm}" if v is Syntax.VERIFIER and kind is CallKind.HELPER else f"call {name}"
            if kind is CallKind.KFUNC:
                return f"call kfunc({imm}, {_off})" if _off else f"call kfunc({imm})"
            return f"call {imm}"
        case Exit():
            return "exit"
    raise AssertionError(f"unhandled instruction {insn!r}")


def _format_atomic(insn: Atomic, v: Syntax) -> str:
    wide = insn.size is Size.DW
    mem = f"({_SIZE_NAME[insn.size]} *){_mem(insn.dst, insn.off, v)}"
    src = _reg(insn.src, wide)
    match insn.op:
        case AtomicOp.LOAD_ACQUIRE:
            return f"{_reg(insn.dst, wide)} = load_acquire(({_SIZE_NAME[insn.size]} *){_mem(insn.src, insn.off, v)})"
        case AtomicOp.STORE_RELEASE:
            return f"store_release({mem}, {src})"
        case AtomicOp.XCHG:
            return f"{src} = xchg{'_64' if wide else '32_32'}(r{insn.dst} {_offset(insn.off, v)}, {src})"
        case AtomicOp.CMPXCHG:
            r0 = _reg(0, wide)
            return f"{r0} = cmpxchg{'_64' if wide else '32_32'}(r{insn.dst} {_offset(insn.off, v)}, {r0}, {src})"
        case _ if insn.fetch:
            return f"{src} = atomic_fetch_{_ATOMIC_FETCH_NAME[insn.op]}({mem}, {src})"
        case _:
            return f"lock *{mem} {insn.op.value}= {src}"


# ---------------------------------------------------------------------------------------------------------------
# parsing

_R = r"([rw])(10|[0-9])"
_NUM = r"(-?(?:0x[0-9a-fA-F]+|0b[01]+|[0-9]+))"
_OPERAND = rf"(?:{_R}|{_NUM})"
_MEM = r"\((?:u8|u16|u32|u64|s8|s16|s32) \*\)\(r(10|[0-9])\s*([+-])\s*(0x[0-9a-fA-F]+|[0-9]+)\)"
_TARGET = r"([+-](?:0x[0-9a-fA-F]+|[0-9]+)|[A-Za-z_.$][\w.$]*)"
_SIZE_OF = {"u8": Size.B, "u16": Size.H, "u32": Size.W, "u64": Size.DW, "s8": Size.B, "s16": Size.H,
            "s32": Size.W}
_ALU_OPS = {op.value: op for op in AluOp}
_JMP_OPS = {op.value: op for op in JmpOp}
_ATOMIC_OPS = {"+": AtomicOp.ADD, "|": AtomicOp.OR, "&": AtomicOp.AND, "^": AtomicOp.XOR}
_FETCH_OPS = {name: op for op, name in _ATOMIC_FETCH_NAME.items()}
_SWAP = {"le": ByteOrder.LE, "be": ByteOrder.BE, "bswap": ByteOrder.SWAP}


def _int(text: str) -> int:
    """An integer literal as LLVM's assembler reads it: decimal, `0x` hex, `0b` binary, octal after a leading 0."""
    digits = text.lstrip("-")
    if len(digits) > 1 and digits[0] == "0" and digits[1].isdigit():
        return int(text.replace("0", "0o", 1), 0)
    return int(text, 0)


def _mem_off(sign: str, magnitude: str) -> int:
    off = _int(magnitude) * (-1 if sign == "-" else 1)
    if not -(1 << 15) <= off < 1 << 15:
        raise AsmError(f"memory offset {off} does not fit in the 16 bits an instruction holds")
    return off


class _Line:
    """Patterns tried in order; each returns an instruction, with jump targets that may still be labels."""

    def __init__(self) -> None:
        self.patterns: list[tuple[re.Pattern[str], Callable[[re.Match[str]], Insn | tuple[str, Insn]]]] = []

    def add(self, pattern: str) -> Callable[[Callable[[re.Match[str]], Insn | tuple[str, Insn]]],
                                            Callable[[re.Match[str]], Insn | tuple[str, Insn]]]:
        def register(fn: Callable[[re.Match[str]], Insn | tuple[str, Insn]]) -> Callable[[re.Match[str]],
                                                                                        Insn | tuple[str, Insn]]:
            self.patterns.append((re.compile(pattern + r"$"), fn))
            return fn
        return register


_LINE = _Line()


def _operand(m: re.Match[str], first: int) -> Reg | Imm:
    if m.group(first) is not None:
        return Reg(int(m.group(first + 1)))
    return Imm(_int(m.group(first + 2)))


def _check_imm32(value: int) -> int:
    if not -(1 << 31) <= value < (1 << 32):
        raise AsmError(f"immediate {value} does not fit in 32 bits")
    return value - (1 << 32) if value >= (1 << 31) else value


@_LINE.add(rf"{_R} ([-+*/%&|^]|<<|>>|s>>|s/|s%)= {_OPERAND}")
def _alu(m: re.Match[str]) -> Insn:
    src = _operand(m, 4)
    if isinstance(src, Imm):
        src = Imm(_check_imm32(src.value))
    return Alu(_ALU_OPS[m.group(3)], m.group(1) == "r", int(m.group(2)), src)


@_LINE.add(rf"{_R} = -{_R}")
def _neg(m: re.Match[str]) -> Insn:
    if m.group(2) != m.group(4):
        raise AsmError("negation must be in place: rX = -rX")
    return Neg(m.group(1) == "r", int(m.group(2)))


@_LINE.add(rf"{_R} = {_OPERAND}")
def _mov(m: re.Match[str]) -> Insn:
    src = _operand(m, 3)
    if isinstance(src, Imm):
        src = Imm(_check_imm32(src.value))
    # LLVM prints its zero-extending MOV_32_64 as `rX = wY`; it is the 32-bit move `wX = wY`.
    wide = m.group(1) == "r" and m.group(3) != "w"
    return Mov(wide, int(m.group(2)), src)


@_LINE.add(rf"{_R} = \(s(8|16|32)\){_R}")
def _movsx(m: re.Match[str]) -> Insn:
    return MovSx(m.group(1) == "r", int(m.group(2)), int(m.group(5)), int(m.group(3)))


@_LINE.add(rf"r(10|[0-9]) = addr_space_cast\(r(10|[0-9]), {_NUM}, {_NUM}\)")
def _cast(m: re.Match[str]) -> Insn:
    return AddrSpaceCast(int(m.group(1)), int(m.group(2)), _int(m.group(3)), _int(m.group(4)))


@_LINE.add(r"r(10|[0-9]) = (le|be|bswap)(16|32|64) r(10|[0-9])")
def _endian(m: re.Match[str]) -> Insn:
    if m.group(1) != m.group(4):
        raise AsmError("byte swap must be in place")
    return Endian(int(m.group(1)), _SWAP[m.group(2)], int(m.group(3)))


@_LINE.add(rf"r(10|[0-9]) = {_NUM} ll")
def _ld_imm64(m: re.Match[str]) -> Insn:
    value = _int(m.group(2)) & ((1 << 64) - 1)
    return LoadImm64(int(m.group(1)), Pseudo.NONE, value & 0xFFFFFFFF, value >> 32)


@_LINE.add(rf"ld_pseudo r(10|[0-9]), {_NUM}, {_NUM}(?:, {_NUM})?")
def _ld_pseudo(m: re.Match[str]) -> Insn:
    hi = _int(m.group(4)) if m.group(4) else 0
    try:
        pseudo = Pseudo(_int(m.group(2)))
    except ValueError:
        raise AsmError(f"unknown ld_imm64 pseudo source {m.group(2)}") from None
    return LoadImm64(int(m.group(1)), pseudo, _int(m.group(3)) & 0xFFFFFFFF, hi & 0xFFFFFFFF)


@_LINE.add(rf"{_R} = \*\((u8|u16|u32|u64|s8|s16|s32) \*\)\(r(10|[0-9])\s*([+-])\s*(0x[0-9a-fA-F]+|[0-9]+)\)")
def _load(m: re.Match[str]) -> Insn:
    type_name = m.group(3)
    return Load(_SIZE_OF[type_name], int(m.group(2)), int(m.group(4)), _mem_off(m.group(5), m.group(6)),
                signed=type_name.startswith("s"))


@_LINE.add(rf"\*\((u8|u16|u32|u64) \*\)\(r(10|[0-9])\s*([+-])\s*(0x[0-9a-fA-F]+|[0-9]+)\) = {_OPERAND}")
def _store(m: re.Match[str]) -> Insn:
    src = _operand(m, 5)
    if isinstance(src, Imm):
        src = Imm(_check_imm32(src.value))
    return Store(_SIZE_OF[m.group(1)], int(m.group(2)), _mem_off(m.group(3), m.group(4)), src)


@_LINE.add(rf"lock \*\((u32|u64) \*\)\(r(10|[0-9])\s*([+-])\s*(0x[0-9a-fA-F]+|[0-9]+)\) ([+|&^])= {_R}")
def _atomic(m: re.Match[str]) -> Insn:
    return Atomic(_SIZE_OF[m.group(1)], _ATOMIC_OPS[m.group(5)], int(m.group(2)), int(m.group(7)),
                  _mem_off(m.group(3), m.group(4)))


@_LINE.add(rf"{_R} = atomic_fetch_(add|or|and|xor)\(\((u32|u64) \*\)\(r(10|[0-9])\s*([+-])\s*"
           rf"(0x[0-9a-fA-F]+|[0-9]+)\), {_R}\)")
def _atomic_fetch(m: re.Match[str]) -> Insn:
    if m.group(2) != m.group(9):
        raise AsmError("atomic_fetch must write back to its value register")
    return Atomic(_SIZE_OF[m.group(4)], _FETCH_OPS[m.group(3)], int(m.group(5)), int(m.group(9)),
                  _mem_off(m.group(6), m.group(7)), fetch=True)


@_LINE.add(rf"{_R} = xchg(_64|32_32)\(r(10|[0-9])\s*([+-])\s*(0x[0-9a-fA-F]+|[0-9]+), {_R}\)")
def _xchg(m: re.Match[str]) -> Insn:
    size = Size.DW if m.group(3) == "_64" else Size.W
    return Atomic(size, AtomicOp.XCHG, int(m.group(4)), int(m.group(8)), _mem_off(m.group(5), m.group(6)), True)


@_LINE.add(rf"{_R} = cmpxchg(_64|32_32)\(r(10|[0-9])\s*([+-])\s*(0x[0-9a-fA-F]+|[0-9]+), {_R}, {_R}\)")
def _cmpxchg(m: re.Match[str]) -> Insn:
    size = Size.DW if m.group(3) == "_64" else Size.W
    return Atomic(size, AtomicOp.CMPXCHG, int(m.group(4)), int(m.group(10)), _mem_off(m.group(5), m.group(6)),
                  True)


@_LINE.add(rf"{_R} = load_acquire\({_MEM}\)")
def _load_acquire(m: re.Match[str]) -> Insn:
    size = _SIZE_OF[re.search(r"\((\w+) \*\)", m.group(0)).group(1)]  # type: ignore[union-attr]
    return Atomic(size, AtomicOp.LOAD_ACQUIRE, int(m.group(2)), int(m.group(3)), _mem_off(m.group(4), m.group(5)))


@_LINE.add(rf"store_release\({_MEM}, {_R}\)")
def _store_release(m: re.Match[str]) -> Insn:
    size = _SIZE_OF[re.search(r"\((\w+) \*\)", m.group(0)).group(1)]  # type: ignore[union-attr]
    return Atomic(size, AtomicOp.STORE_RELEASE, int(m.group(1)), int(m.group(5)), _mem_off(m.group(2), m.group(3)))


@_LINE.add(rf"r0 = \*\((u8|u16|u32) \*\)skb\[(?:{_NUM}|r(10|[0-9])(?:\s*\+\s*{_NUM})?)\]")
def _packet(m: re.Match[str]) -> Insn:
    size = _SIZE_OF[m.group(1)]
    if m.group(2) is not None:
        return PacketLoad(size, PacketMode.ABS, 0, _int(m.group(2)))
    return PacketLoad(size, PacketMode.IND, int(m.group(3)), _int(m.group(4)) if m.group(4) else 0)


@_LINE.add(rf"if {_R} (==|!=|s>=|s<=|s>|s<|>=|<=|>|<|&) {_OPERAND} goto {_TARGET}")
def _jump_cond(m: re.Match[str]) -> tuple[str, Insn]:
    src = _operand(m, 4)
    if isinstance(src, Imm):
        src = Imm(_check_imm32(src.value))
    return m.group(7), Jump(_JMP_OPS[m.group(3)], m.group(1) == "r", int(m.group(2)), src, 0)


@_LINE.add(rf"(goto|gotol|may_goto) {_TARGET}")
def _goto(m: re.Match[str]) -> tuple[str, Insn]:
    if m.group(1) == "may_goto":
        return m.group(2), MayGoto(0)
    return m.group(2), Goto(0, long=m.group(1) == "gotol")


@_LINE.add(rf"call {_NUM}")
def _call_helper(m: re.Match[str]) -> Insn:
    return Call(CallKind.HELPER, _int(m.group(1)))


@_LINE.add("exit")
def _exit(_m: re.Match[str]) -> Insn:
    return Exit()


_OBJDUMP_PREFIX = re.compile(r"^\s*[0-9]+:\s+(?:(?:[0-9a-f]{2} ){8}(?:(?:[0-9a-f]{2} ){8})?)?\s*")
_LABEL = re.compile(r"^([A-Za-z_.$][\w.$]*):$")


def _clean(line: str) -> str:
    line = re.split(r"\s*(?:;|//|#)", line, maxsplit=1)[0]
    line = _OBJDUMP_PREFIX.sub("", line)
    line = re.sub(r"\s*<[^>]*>\s*$", "", line)  # objdump's target annotation
    line = re.sub(r"\s+", " ", line.replace("\t", " ")).strip()
    return line


def _set_offset(insn: Insn, off: int) -> Insn:
    if not (isinstance(insn, Goto) and insn.long) and not -(1 << 15) <= off < 1 << 15:
        raise AsmError(f"jump offset {off} does not fit in the 16 bits an instruction holds (gotol reaches further)")
    match insn:
        case Jump(op, wide, dst, src, _):
            return Jump(op, wide, dst, src, off)
        case Goto(_, long):
            return Goto(off, long)
        case MayGoto():
            return MayGoto(off)
    raise AssertionError(insn)


def parse_asm(text: str, *, calls: Mapping[str, Insn] | None = None) -> Code:
    """Parse LLVM BPF assembly. `calls` maps a `call NAME` symbol to the call instruction it stands for (a kfunc or
    a helper by name); without it, only numeric helper calls and local labels are understood."""
    pending: list[tuple[int, int, str | None, Insn]] = []  # (line number, slot, label target, insn)
    labels: dict[str, int] = {}
    slot = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _clean(raw)
        if not line or line.startswith("."):
            continue
        label = _LABEL.match(line)
        if label:
            labels[label.group(1)] = slot
            continue
        insn_or_target = _parse_line(line, number, calls or {})
        target, insn = insn_or_target if isinstance(insn_or_target, tuple) else (None, insn_or_target)
        pending.append((number, slot, target, insn))
        slot += slot_count(insn)
    insns: list[Insn] = []
    for number, at, target, insn in pending:
        if target is not None:
            if target[0] in "+-":
                off = _int(target)
            elif target in labels:
                off = labels[target] - at - 1
            else:
                raise AsmError(f"line {number}: unknown label or symbol {target!r}")
            insn = Call(CallKind.LOCAL, off) if isinstance(insn, Call) else _set_offset(insn, off)
        insns.append(insn)
    return Code.of(insns)


def _parse_line(line: str, number: int, calls: Mapping[str, Insn]) -> Insn | tuple[str, Insn]:
    kfunc = re.fullmatch(rf"call kfunc\({_NUM}(?:, {_NUM})?\)", line)
    if kfunc:
        return Call(CallKind.KFUNC, _int(kfunc.group(1)), _int(kfunc.group(2)) if kfunc.group(2) else 0)
    local = re.fullmatch(r"call ([+-](?:0x[0-9a-fA-F]+|[0-9]+))", line)
    if local:
        return Call(CallKind.LOCAL, _int(local.group(1)))
    call = re.fullmatch(r"call ([A-Za-z_.$][\w.$]*)", line)
    if call:
        name = call.group(1)
        if name in calls:
            return calls[name]
        return name, Call(CallKind.LOCAL, 0)
    for pattern, build in _LINE.patterns:
        m = pattern.match(line)
        if m:
            try:
                return build(m)
            except AsmError as error:
                raise AsmError(f"line {number}: {error.message}: {line!r}") from None
    raise AsmError(f"line {number}: cannot parse {line!r}")
