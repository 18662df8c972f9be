"""The ELF layer: sections, symbols and relocations of a BPF object as plain records, read once with pyelftools.

pyelftools reads lazily and, on a malformed file, fails with whatever its parser hits (ELFError, struct errors,
index errors). Everything it can fail on happens here, eagerly, and turns into one ObjectError; later stages never
touch pyelftools and never see its exceptions.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from elftools.elf.elffile import ELFFile
from elftools.elf.relocation import RelocationSection
from elftools.elf.sections import SymbolTableSection

from sleepcheck.model.errors import ObjectError

EM_BPF = 247
SHF_EXECINSTR = 0x4
SHN_UNDEF = 0
SHN_LORESERVE = 0xFF00
_SPECIAL_SHNDX = {"SHN_UNDEF": 0, "SHN_ABS": 0xFFF1, "SHN_COMMON": 0xFFF2, "SHN_XINDEX": 0xFFFF}


@dataclass(frozen=True)
class Section:
    index: int
    name: str
    type: str  # "SHT_PROGBITS", "SHT_NOBITS", ...
    flags: int
    size: int
    data: bytes  # zeros for SHT_NOBITS

    @property
    def executable(self) -> bool:
        return self.type == "SHT_PROGBITS" and bool(self.flags & SHF_EXECINSTR)


@dataclass(frozen=True)
class Symbol:
    index: int
    name: str
    value: int
    size: int
    type: str  # "STT_FUNC", "STT_OBJECT", "STT_SECTION", "STT_NOTYPE", ...
    bind: str  # "STB_LOCAL", "STB_GLOBAL", "STB_WEAK"
    visibility: str  # "STV_DEFAULT", "STV_HIDDEN", ...
    shndx: int  # 0 for undefined; >= SHN_LORESERVE for special

    @property
    def is_extern(self) -> bool:
        """libbpf's sym_is_extern: undefined, untyped, global or weak."""
        return self.shndx == SHN_UNDEF and self.bind in ("STB_GLOBAL", "STB_WEAK") and self.type == "STT_NOTYPE"


@dataclass(frozen=True)
class Relocation:
    offset: int  # bytes into the target section
    symbol: int
    type: int


@dataclass(frozen=True)
class ElfObject:
    sections: tuple[Section, ...]
    symbols: tuple[Symbol, ...]
    relocations: dict[int, tuple[Relocation, ...]]  # target section index -> its relocations

    def section(self, name: str) -> Section | None:
        for section in self.sections:
            if section.name == name:
                return section
        return None


def read_elf(data: bytes) -> ElfObject:
    if data[:4] != b"\x7fELF":
        raise ObjectError("not an ELF file" if data else "empty file")
    try:
        return _read(ELFFile(io.BytesIO(data)))
    except ObjectError:
        raise
    except Exception as error:
        raise ObjectError(f"malformed ELF file ({type(error).__name__}: {error})") from None


def _read(elf: ELFFile) -> ElfObject:
    machine = elf.header["e_machine"]
    if machine not in ("EM_BPF", EM_BPF):
        raise ObjectError(f"not a BPF object: ELF machine is {machine}, not EM_BPF ({EM_BPF})")
    if elf.elfclass != 64:
        raise ObjectError(f"not a BPF object: ELF class is {elf.elfclass}-bit")
    if not elf.little_endian:
        raise ObjectError("big-endian BPF objects are not supported")
    sections: list[Section] = []
    symbols: tuple[Symbol, ...] = ()
    relocations: dict[int, tuple[Relocation, ...]] = {}
    for index, sec in enumerate(elf.iter_sections()):
        kind = sec["sh_type"]
        size = sec["sh_size"]
        data = b"\0" * size if kind == "SHT_NOBITS" else (sec.data() if size else b"")
        if len(data) != size:
            raise ObjectError(f"section {sec.name!r} is truncated: {len(data)} of {size} bytes")
        sections.append(Section(index, sec.name, str(kind), sec["sh_flags"], size, data))
        if isinstance(sec, SymbolTableSection) and kind == "SHT_SYMTAB":
            symbols = tuple(_symbol(i, s) for i, s in enumerate(sec.iter_symbols()))
        elif isinstance(sec, RelocationSection):
            if sec.is_RELA():
                raise ObjectError(f"section {sec.name!r}: RELA relocations are not used by BPF and not supported")
            relocations[sec["sh_info"]] = tuple(
                Relocation(r["r_offset"], r["r_info_sym"], r["r_info_type"]) for r in sec.iter_relocations())
    return ElfObject(tuple(sections), symbols, relocations)


def _symbol(index: int, sym: object) -> Symbol:
    entry = sym.entry  # type: ignore[attr-defined]
    shndx = entry["st_shndx"]
    if isinstance(shndx, str):
        shndx = _SPECIAL_SHNDX.get(shndx, 0xFFFF)
    info = entry["st_info"]
    return Symbol(index, sym.name, entry["st_value"], entry["st_size"], info["type"], info["bind"],  # type: ignore[attr-defined]
                  entry["st_other"]["visibility"], shndx)
