"""What the assembler hands the ELF writer: sections with their bytes, symbols and relocations as plain records.

The writer needs nothing of the text; the assembler needs nothing of ELF's encoding. Relocations are REL, as BPF
uses them: the addend is already in the section's bytes.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

SHF_WRITE = 0x1
SHF_ALLOC = 0x2
SHF_EXECINSTR = 0x4
SHF_MERGE = 0x10
SHF_STRINGS = 0x20

SHT_PROGBITS = 1
SHT_NOBITS = 8


class RelocType(enum.IntEnum):
    """The BPF ELF relocation types (llvm/include/llvm/BinaryFormat/ELFRelocs/BPF.def)."""

    R_BPF_64_64 = 1  # ld_imm64 of an address
    R_BPF_64_ABS64 = 2  # .quad sym
    R_BPF_64_ABS32 = 3  # .long sym
    R_BPF_64_NODYLD32 = 4  # .long sym in .BTF/.BTF.ext
    R_BPF_64_32 = 10  # call sym


class Bind(enum.IntEnum):
    LOCAL = 0
    GLOBAL = 1
    WEAK = 2


class SymType(enum.IntEnum):
    NOTYPE = 0
    OBJECT = 1
    FUNC = 2
    SECTION = 3


class Visibility(enum.IntEnum):
    DEFAULT = 0
    INTERNAL = 1
    HIDDEN = 2
    PROTECTED = 3


@dataclass(frozen=True)
class ImageSection:
    name: str
    type: int  # SHT_PROGBITS or SHT_NOBITS
    flags: int
    align: int
    entsize: int
    data: bytes  # for SHT_NOBITS, only its length counts


@dataclass(frozen=True)
class ImageSymbol:
    name: str
    value: int
    size: int
    type: SymType
    bind: Bind
    visibility: Visibility
    section: int | None  # index into ObjectImage.sections; None for an undefined symbol


@dataclass(frozen=True)
class ImageReloc:
    offset: int  # bytes into the section
    symbol: int  # index into ObjectImage.symbols
    type: RelocType


@dataclass(frozen=True)
class ObjectImage:
    sections: tuple[ImageSection, ...]
    symbols: tuple[ImageSymbol, ...]  # locals first, as ELF wants them
    relocations: dict[int, tuple[ImageReloc, ...]]  # section index -> its relocations
