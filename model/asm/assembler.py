"""LLVM BPF assembly text to the sections, symbols and relocations of a relocatable object, as clang's integrated
assembler lays them out.

Two passes. The first lays out: every instruction's size is known from its text (ld_imm64 takes two slots), every
data directive's from its arguments, so each label gets its section and offset. The second resolves: jumps to
labels become offsets, `call sym` to a static function of the same section becomes a pc-relative call (clang
writes no relocation for it), every other symbol operand becomes a relocation with its addend in place (see
relocs.py), and label differences (`.size f, .Lfunc_end0-f`) become numbers.

Instructions are parsed by `model.isa.text.parse_asm` and encoded by `model.isa.decode.encode_insn`; this module
only takes the symbols out of an instruction's text first. DWARF (`.debug_*` sections) and the directives that
feed it (`.file`, `.loc`, `.cfi_*`) are skipped: the objects sleepcheck reads carry their line info in `.BTF.ext`.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from sleepcheck.model.asm.expr import Linear, Value, fold_constants, parse_expr, resolve
from sleepcheck.model.asm.image import (
    SHF_ALLOC,
    SHF_EXECINSTR,
    SHF_MERGE,
    SHF_STRINGS,
    SHF_WRITE,
    SHT_NOBITS,
    SHT_PROGBITS,
    Bind,
    ImageReloc,
    ImageSection,
    ImageSymbol,
    ObjectImage,
    RelocType,
    SymType,
    Visibility,
)
from sleepcheck.model.asm.relocs import Fixup, reloc_type
from sleepcheck.model.asm.source import Statement, parse_string, split_args, statements
from sleepcheck.model.errors import AsmError
from sleepcheck.model.isa.decode import SLOT_SIZE, encode_insn
from sleepcheck.model.isa.insn import Call, CallKind, Goto, Insn, Jump, LoadImm64, MayGoto, Pseudo
from sleepcheck.model.isa.text import parse_asm

_NAME = r"[A-Za-z_.$][\w.$@]*"
_CALL_SYMBOL = re.compile(rf"call ({_NAME})")
_LOAD_SYMBOL = re.compile(r"r(10|[0-9]) = (.+) ll")
_JUMP_LABEL = re.compile(rf"(.*\b(?:goto|gotol|may_goto)) ({_NAME})")
_BASIC_BLOCK = re.compile(r"\.?LBB\d+_\d+")
_DEBUG_PREFIX = ".debug_"
_FLAG_BITS = {"a": SHF_ALLOC, "w": SHF_WRITE, "x": SHF_EXECINSTR, "M": SHF_MERGE, "S": SHF_STRINGS}
_SECTION_TYPES = {"@progbits": SHT_PROGBITS, "@nobits": SHT_NOBITS, "%progbits": SHT_PROGBITS,
                  "%nobits": SHT_NOBITS}
# `.text` and friends: the flags and type LLVM gives a section switched to by its own directive.
_BUILTIN_SECTIONS = {".text": (SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR), ".data": (SHT_PROGBITS, SHF_ALLOC | SHF_WRITE),
                     ".bss": (SHT_NOBITS, SHF_ALLOC | SHF_WRITE)}
_DATA_SIZES = {".byte": 1, ".short": 2, ".hword": 2, ".2byte": 2, ".long": 4, ".int": 4, ".4byte": 4, ".quad": 8,
               ".8byte": 8}
_SYMBOL_TYPES = {"@function": SymType.FUNC, "%function": SymType.FUNC, "STT_FUNC": SymType.FUNC,
                 "@object": SymType.OBJECT, "%object": SymType.OBJECT, "STT_OBJECT": SymType.OBJECT,
                 "@notype": SymType.NOTYPE, "%notype": SymType.NOTYPE, "STT_NOTYPE": SymType.NOTYPE}
_VISIBILITY = {".hidden": Visibility.HIDDEN, ".internal": Visibility.INTERNAL, ".protected": Visibility.PROTECTED}
# Directives that only feed DWARF, unwind tables or the linker's address-significance table.
_IGNORED = frozenset({".file", ".loc", ".addrsig", ".addrsig_sym", ".ident", ".extern"})


@dataclass(frozen=True)
class _Bytes:
    offset: int
    data: bytes


@dataclass(frozen=True)
class _Data:
    offset: int
    size: int
    expr: Linear
    line: int


@dataclass(frozen=True)
class _Code:
    offset: int
    insn: Insn
    target: Linear | str | None  # a symbol operand (call, ld_imm64) or a jump's label
    line: int


@dataclass
class _Section:
    name: str
    type: int
    flags: int
    entsize: int
    align: int = 1
    size: int = 0
    chunks: list[_Bytes | _Data | _Code] = field(default_factory=list)


@dataclass
class _Attrs:
    bind: Bind | None = None
    type: SymType = SymType.NOTYPE
    visibility: Visibility = Visibility.DEFAULT
    size: tuple[Linear, int] | None = None  # the .size expression and its line


@dataclass(frozen=True)
class _Reloc:
    section: int
    offset: int
    type: RelocType
    symbol: str | None  # None: the section symbol of `target_section`
    target_section: int


class _Assembler:
    def __init__(self) -> None:
        self.sections: list[_Section] = []
        self.by_name: dict[str, int] = {}
        self.current: int | None = None  # None while inside a skipped DWARF section
        self.labels: dict[str, tuple[int, int]] = {}  # name -> (section, offset)
        self.skipped_labels: set[str] = set()
        self.attrs: dict[str, _Attrs] = {}
        self.order: list[str] = []  # named symbols in order of first mention
        self.relocs: list[_Reloc] = []
        self.line = 0  # of the statement being laid out
        self.inline_targets: set[str] = set()  # basic blocks that inline assembly jumps to
        self.dots = 0  # locations `.` named so far

    # -------------------------------------------------------------------------------------------------------
    # pass 1: layout

    def layout(self, text: str) -> None:
        self._switch(".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, 0)
        for statement in statements(text):
            self.line = statement.line
            try:
                self._statement(statement)
            except AsmError as error:
                raise _at_line(error, statement.line) from None

    def _statement(self, st: Statement) -> None:
        for label in st.labels:
            self._define(label)
        if not st.text:
            return
        directive = st.directive
        if directive is not None:
            self._directive(*directive)
        elif self.current is not None:
            self._instruction(re.sub(r"\s+", " ", st.text), st.line, st.inline_asm)

    def _define(self, label: str) -> None:
        if self.current is None:
            self.skipped_labels.add(label)
            return
        if label in self.labels:
            raise AsmError(f"label {label!r} defined twice")
        self.labels[label] = (self.current, self.sections[self.current].size)
        self._mention(label)

    def _mention(self, name: str) -> _Attrs:
        if name not in self.attrs:
            self.attrs[name] = _Attrs()
            self.order.append(name)
        return self.attrs[name]

    def _switch(self, name: str, kind: int, flags: int, entsize: int) -> None:
        if name.startswith(_DEBUG_PREFIX):
            self.current = None
            return
        if name not in self.by_name:
            self.by_name[name] = len(self.sections)
            self.sections.append(_Section(name, kind, flags, entsize))
        self.current = self.by_name[name]

    def _directive(self, name: str, args: str) -> None:
        if name in _BUILTIN_SECTIONS:
            self._switch(name, *_BUILTIN_SECTIONS[name], 0)
        elif name == ".section":
            self._section(split_args(args))
        elif name in _IGNORED or name.startswith(".cfi_"):
            return
        elif self.current is None:
            return  # DWARF
        elif name in (".globl", ".global", ".weak", ".local"):
            bind = {".weak": Bind.WEAK, ".local": Bind.LOCAL}.get(name, Bind.GLOBAL)
            for symbol in split_args(args):
                self._mention(symbol).bind = bind
        elif name in _VISIBILITY:
            for symbol in split_args(args):
                self._mention(symbol).visibility = _VISIBILITY[name]
        elif name == ".type":
            symbol, kind = _two(args, name)
            if kind not in _SYMBOL_TYPES:
                raise AsmError(f"unknown symbol type {kind!r}")
            self._mention(symbol).type = _SYMBOL_TYPES[kind]
        elif name == ".size":
            symbol, size = _two(args, name)
            self._mention(symbol).size = (self._expr(size), self.line)
        elif name in (".p2align", ".balign"):
            self._align(name, split_args(args))
        elif name in _DATA_SIZES:
            size = _DATA_SIZES[name]
            for arg in split_args(args):
                self._chunk(_Data(self._here(), size, self._expr(arg), self.line), size)
        elif name in (".ascii", ".asciz", ".string"):
            for arg in split_args(args):
                data = parse_string(arg) + (b"" if name == ".ascii" else b"\0")
                self._chunk(_Bytes(self._here(), data), len(data))
        elif name in (".zero", ".space", ".skip"):
            parts = split_args(args)
            count = self._number(parts[0])
            fill = self._number(parts[1]) if len(parts) > 1 else 0
            if count < 0 or not 0 <= fill <= 0xFF:
                raise AsmError(f"{name} of {count} bytes of {fill}")
            self._chunk(_Bytes(self._here(), bytes([fill]) * count), count)
        else:
            raise AsmError(f"unsupported directive {name}")

    def _section(self, args: list[str]) -> None:
        if not args or not args[0]:
            raise AsmError(".section without a name")
        name = args[0].strip('"')
        kind, flags = _BUILTIN_SECTIONS.get(name, (SHT_PROGBITS, 0))
        if len(args) > 1:
            flags = 0
            for letter in parse_string(args[1]).decode():
                if letter not in _FLAG_BITS:
                    raise AsmError(f"section flag {letter!r} is not supported")
                flags |= _FLAG_BITS[letter]
        if len(args) > 2:
            if args[2] not in _SECTION_TYPES:
                raise AsmError(f"section type {args[2]!r} is not supported")
            kind = _SECTION_TYPES[args[2]]
        entsize = self._number(args[3]) if len(args) > 3 else 0
        self._switch(name, kind, flags, entsize)

    def _here(self) -> int:
        assert self.current is not None
        return self.sections[self.current].size

    def _expr(self, text: str) -> Linear:
        """A directive's expression; `.`, the current location, is named by a temporary label defined here."""
        expr = parse_expr(text)
        if all(symbol != "." for symbol, _ in expr.terms):
            return expr
        self.dots += 1
        here = f".Ldot.{self.dots}"
        self._define(here)
        return Linear.of(expr.constant, {here if symbol == "." else symbol: c for symbol, c in expr.terms})

    def _chunk(self, chunk: _Bytes | _Data | _Code, size: int) -> None:
        assert self.current is not None
        section = self.sections[self.current]
        if section.type == SHT_NOBITS and not isinstance(chunk, _Bytes | _Data):
            raise AsmError(f"an instruction in the no-bits section {section.name!r}")
        section.chunks.append(chunk)
        section.size += size

    def _align(self, name: str, args: list[str]) -> None:
        value = self._number(args[0]) if args else 0
        align = 1 << value if name == ".p2align" else value
        if align <= 0 or align & (align - 1):
            raise AsmError(f"{name} {args[0] if args else ''}: not a power of two")
        fill = self._number(args[1]) if len(args) > 1 and args[1] else 0
        assert self.current is not None
        section = self.sections[self.current]
        section.align = max(section.align, align)
        pad = -section.size % align
        if pad:
            self._chunk(_Bytes(section.size, bytes([fill & 0xFF]) * pad), pad)

    def _number(self, text: str) -> int:
        value = resolve(self._expr(text), self.labels.get)
        if value.symbol is not None:
            raise AsmError(f"{text!r} is not a number")
        return value.addend

    def _instruction(self, text: str, line: int, inline_asm: bool) -> None:
        assert self.current is not None
        section = self.sections[self.current]
        if not section.flags & SHF_EXECINSTR:
            raise AsmError(f"instruction in section {section.name!r}, which is not code: {text!r}")
        text = fold_constants(text)
        target: Linear | str | None = None
        if m := _CALL_SYMBOL.fullmatch(text):
            insn: Insn = Call(CallKind.LOCAL, 0)
            target = parse_expr(m.group(1))
        elif (m := _LOAD_SYMBOL.fullmatch(text)) and parse_expr(m.group(2)).terms:
            insn = LoadImm64(int(m.group(1)), Pseudo.NONE, 0, 0)
            target = parse_expr(m.group(2))
        elif m := _JUMP_LABEL.fullmatch(text):
            insn = _parse_one(f"{m.group(1)} +0")
            target = m.group(2)
            if inline_asm:
                self.inline_targets.add(target)
        else:
            insn = _parse_one(text)
        size = len(encode_insn(insn))
        self._chunk(_Code(section.size, insn, target, line), size)

    # -------------------------------------------------------------------------------------------------------
    # pass 2: resolve

    def image(self) -> ObjectImage:
        contents = [self._contents(index) for index in range(len(self.sections))]
        symbols, index_of = self._symbols()
        relocations: dict[int, list[ImageReloc]] = {}
        for r in self.relocs:
            symbol = index_of[r.symbol] if r.symbol is not None else index_of[("section", r.target_section)]
            relocations.setdefault(r.section, []).append(ImageReloc(r.offset, symbol, r.type))
        sections = tuple(ImageSection(s.name, s.type, s.flags, s.align, s.entsize, bytes(data))
                         for s, data in zip(self.sections, contents, strict=True))
        return ObjectImage(sections, symbols, {k: tuple(v) for k, v in relocations.items()})

    def _contents(self, index: int) -> bytearray:
        section = self.sections[index]
        data = bytearray(section.size)
        for chunk in section.chunks:
            line = chunk.line if isinstance(chunk, _Data | _Code) else 0
            try:
                match chunk:
                    case _Bytes(offset, raw):
                        data[offset:offset + len(raw)] = raw
                    case _Data(offset, size, expr):
                        data[offset:offset + size] = self._data(index, offset, size, expr)
                    case _Code(offset, insn, target):
                        raw = encode_insn(self._code(index, offset, insn, target))
                        data[offset:offset + len(raw)] = raw
                if section.type == SHT_NOBITS and any(data):
                    raise AsmError(f"only zeros can go into the no-bits section {section.name!r}")
            except AsmError as error:
                raise _at_line(error, line) from None
        return data

    def _where(self, name: str) -> tuple[int, int] | None:
        if name in self.skipped_labels:
            raise AsmError(f"{name!r} is a label of a DWARF section, which is skipped")
        return self.labels.get(name)

    def _value(self, expr: Linear) -> Value:
        value = resolve(expr, self._where)
        if value.symbol is not None:
            if value.symbol not in self.labels and self._temporary(value.symbol):
                raise AsmError(f"undefined temporary label {value.symbol!r}")
            self._mention(value.symbol)
        return value

    def _data(self, section: int, offset: int, size: int, expr: Linear) -> bytes:
        value = self._value(expr)
        addend = value.addend
        if value.symbol is not None:
            if size not in (4, 8):
                raise AsmError(f"a symbol in a {size}-byte value; relocations are 4 or 8 bytes")
            addend = self._relocate(section, offset, Fixup.DATA4 if size == 4 else Fixup.DATA8, value)
        if not -(1 << (8 * size - 1)) <= addend < (1 << (8 * size)):
            raise AsmError(f"value {addend} does not fit in {size} bytes")
        return (addend & ((1 << (8 * size)) - 1)).to_bytes(size, "little")

    def _code(self, section: int, offset: int, insn: Insn, target: Linear | str | None) -> Insn:
        if isinstance(target, str):
            return self._jump(section, offset, insn, target)
        if target is None:
            return insn
        value = self._value(target)
        if value.symbol is None:
            raise AsmError("a number where a symbol was expected")
        if isinstance(insn, LoadImm64):
            addend = self._relocate(section, offset, Fixup.LD_IMM64, value)
            return dataclasses.replace(insn, lo=addend & 0xFFFFFFFF)
        place = self.labels.get(value.symbol)
        if place is not None and place[0] == section and self._bind(value.symbol) is Bind.LOCAL:
            return Call(CallKind.LOCAL, _slots(place[1] + value.addend - offset, "call") - 1)
        return Call(CallKind.LOCAL, _slots(self._relocate(section, offset, Fixup.CALL, value), "call") - 1)

    def _jump(self, section: int, offset: int, insn: Insn, label: str) -> Insn:
        place = self._where(label)
        if place is None or place[0] != section:
            raise AsmError(f"jump to {label!r}, which is no label of this section")
        off = _slots(place[1] - offset, "jump") - 1
        if not (isinstance(insn, Goto) and insn.long) and not -(1 << 15) <= off < (1 << 15):
            raise AsmError(f"jump to {label!r} is {off} instructions away; only gotol reaches that far")
        assert isinstance(insn, Jump | Goto | MayGoto)
        return dataclasses.replace(insn, off=off)

    def _bind(self, name: str) -> Bind:
        bind = self.attrs[name].bind if name in self.attrs else None
        if bind is not None:
            return bind
        return Bind.LOCAL if name in self.labels else Bind.GLOBAL

    def _relocate(self, section: int, offset: int, fixup: Fixup, value: Value) -> int:
        """Record the relocation; the addend to write in place."""
        assert value.symbol is not None
        place = self.labels.get(value.symbol)
        target_flags = self.sections[place[0]].flags if place else 0
        kind = reloc_type(fixup, defined=place is not None, temporary=self._temporary(value.symbol),
                          section_flags=target_flags)
        if place is not None and self._bind(value.symbol) is Bind.LOCAL:
            self.relocs.append(_Reloc(section, offset, kind, None, place[0]))
            return place[1] + value.addend
        self.relocs.append(_Reloc(section, offset, kind, value.symbol, place[0] if place else -1))
        return value.addend

    # -------------------------------------------------------------------------------------------------------
    # symbol table

    def _symbols(self) -> tuple[tuple[ImageSymbol, ...], dict[object, int]]:
        """Section symbols of the sections relocations name, then local symbols, then global ones."""
        section_targets = sorted({r.target_section for r in self.relocs if r.symbol is None})
        named = [self._symbol(name) for name in self.order if not self._temporary(name)]
        locals_ = [s for s in named if s.bind is Bind.LOCAL]
        globals_ = [s for s in named if s.bind is not Bind.LOCAL]
        symbols = [ImageSymbol("", 0, 0, SymType.NOTYPE, Bind.LOCAL, Visibility.DEFAULT, None)]
        index_of: dict[object, int] = {}
        for section in section_targets:
            index_of[("section", section)] = len(symbols)
            symbols.append(ImageSymbol("", 0, 0, SymType.SECTION, Bind.LOCAL, Visibility.DEFAULT, section))
        for symbol in locals_ + globals_:
            index_of[symbol.name] = len(symbols)
            symbols.append(symbol)
        return tuple(symbols), index_of

    def _symbol(self, name: str) -> ImageSymbol:
        attrs = self.attrs[name]
        place = self.labels.get(name)
        size = 0
        if attrs.size is not None:
            expr, line = attrs.size
            value = resolve(expr, self._where)
            if value.symbol is not None:
                raise AsmError(f"line {line}: .size of {name!r} is not a number")
            size = value.addend
        if place is None:
            return ImageSymbol(name, 0, size, attrs.type, attrs.bind or Bind.GLOBAL, attrs.visibility, None)
        return ImageSymbol(name, place[1], size, attrs.type, self._bind(name), attrs.visibility, place[0])

    def _temporary(self, name: str) -> bool:
        """Labels clang keeps out of the symbol table: `.L` names, and basic blocks (`LBB0_2`) except those inline
        assembly jumps to (clang parses inline assembly as text, where `LBB0_2` is an ordinary local name)."""
        if name.startswith(".L"):
            return True
        return _BASIC_BLOCK.fullmatch(name) is not None and name not in self.inline_targets


def _slots(distance: int, what: str) -> int:
    if distance % SLOT_SIZE:
        raise AsmError(f"{what} target is not on an instruction boundary")
    return distance // SLOT_SIZE


def _two(args: str, directive: str) -> tuple[str, str]:
    parts = split_args(args)
    if len(parts) != 2:
        raise AsmError(f"{directive} takes two arguments")
    return parts[0], parts[1]


def _parse_one(text: str) -> Insn:
    try:
        code = parse_asm(text)
    except AsmError as error:
        raise AsmError(error.message.removeprefix("line 1: ")) from None
    if len(code.insns) != 1:
        raise AsmError(f"cannot parse {text!r}")
    return code.insns[0]


def _at_line(error: AsmError, line: int) -> AsmError:
    return AsmError(f"line {line}: {error.message}" if line else error.message)


def assemble_image(text: str) -> ObjectImage:
    """Raises AsmError naming the line."""
    assembler = _Assembler()
    assembler.layout(text)
    return assembler.image()
