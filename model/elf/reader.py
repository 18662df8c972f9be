"""The ELF layer: sections, symbols and relocations of a BPF object as plain records, read once, eagerly.

The header tables are read with `struct` straight from the bytes (pyelftools, which parses through `construct`,
took about as long as decoding every instruction). Names of types, bindings and machines are pyelftools' own
tables, so records read as they always did. A malformed file fails here, with one ObjectError; later stages see
only records.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from elftools.elf import enums

from sleepcheck.model.errors import ObjectError

EM_BPF = 247
SHF_EXECINSTR = 0x4
SHN_UNDEF = 0
SHN_LORESERVE = 0xFF00


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
        return _read(data)
    except ObjectError:
        raise
    except (struct.error, IndexError, ValueError, KeyError):  # a table runs past the file or points nowhere
        raise ObjectError(f"malformed ELF file: a header or table is cut short or points outside the file "
                          f"({len(data)} bytes)") from None


def _names(table: dict[str, object]) -> dict[int, str]:
    """Value to name, the last name winning where two share a value (as pyelftools' enums decode)."""
    return {value: name for name, value in table.items() if isinstance(value, int)}


_MACHINES = _names(enums.ENUM_E_MACHINE)
_SECTION_TYPES = _names(enums.ENUM_SH_TYPE_BASE)  # EM_BPF has no machine-specific section types
_SYMBOL_TYPES = _names(enums.ENUM_ST_INFO_TYPE)
_BINDS = _names(enums.ENUM_ST_INFO_BIND)
_VISIBILITIES = _names(enums.ENUM_ST_VISIBILITY)
SHF_COMPRESSED = 0x800
SHN_XINDEX = 0xFFFF
_HEADER = struct.Struct("<16sHHIQQQIHHHHHH")  # Elf64_Ehdr
_SECTION = struct.Struct("<IIQQQQIIQQ")  # Elf64_Shdr
_SYMBOL = struct.Struct("<IBBHQQ")  # Elf64_Sym
_REL = struct.Struct("<QQ")  # Elf64_Rel


def _name(names: dict[int, str], value: int) -> str:
    return names.get(value, str(value))


def _string(data: bytes, table: tuple[int, ...], at: int, what: str) -> str:
    """A NUL-terminated string of a string table (its section header `table`). One that starts or ends past the
    table is a malformed file, as libbpf refuses it ("failed to get section name string at offset ...")."""
    start, size = table[4], table[5]
    end = data.find(b"\0", start + at, start + size)
    if at >= size or end < 0:
        raise ObjectError(f"malformed ELF file ({what} at offset {at} lies outside its string table of {size} bytes)")
    return data[start + at:end].decode("utf-8", errors="replace")


def _read(data: bytes) -> ElfObject:
    elfclass = {1: 32, 2: 64}.get(data[4])
    if elfclass is None:
        raise ObjectError(f"malformed ELF file (invalid EI_CLASS {data[4]})")
    if data[5] not in (1, 2):
        raise ObjectError(f"malformed ELF file (invalid EI_DATA {data[5]})")
    little = data[5] == 1
    machine = struct.unpack_from("<H" if little else ">H", data, 18)[0]
    if machine != EM_BPF:
        raise ObjectError(f"not a BPF object: ELF machine is {_name(_MACHINES, machine)}, not EM_BPF ({EM_BPF})")
    if elfclass != 64:
        raise ObjectError(f"not a BPF object: ELF class is {elfclass}-bit")
    if not little:
        raise ObjectError("big-endian BPF objects are not supported")
    header = _HEADER.unpack_from(data)
    shoff, shentsize, shnum, shstrndx = header[6], header[11], header[12], header[13]
    if not shoff:
        return ElfObject((), (), {})
    if shentsize < _SECTION.size:
        raise ObjectError(f"malformed ELF file (section header size {shentsize})")
    first = _SECTION.unpack_from(data, shoff) if shoff + _SECTION.size <= len(data) else None
    count = shnum or (first[5] if first else 1)  # past 0xff00 sections, the count is section 0's sh_size
    if first is None or shoff + count * shentsize > len(data):
        raise ObjectError(f"malformed ELF file ({count} section headers at offset {shoff} run past the end of the "
                          f"file, {len(data)} bytes)")
    if shstrndx == SHN_XINDEX:
        shstrndx = first[6]  # and the name table's index its sh_link
    headers = [_SECTION.unpack_from(data, shoff + n * shentsize) for n in range(count)]
    names = headers[shstrndx] if shstrndx else None
    sections: list[Section] = []
    symbols: tuple[Symbol, ...] = ()
    relocations: dict[int, tuple[Relocation, ...]] = {}
    for index, (name_at, kind, flags, _addr, offset, size, link, info, _align, entsize) in enumerate(headers):
        name = _string(data, names, name_at, "a section name") if names is not None else ""
        type_name = _name(_SECTION_TYPES, kind)
        if flags & SHF_COMPRESSED:
            raise ObjectError(f"section {name!r} is compressed, which BPF objects never are: not supported")
        content = b"\0" * size if type_name == "SHT_NOBITS" else data[offset:offset + size]
        if len(content) != size:
            raise ObjectError(f"section {name!r} is truncated: {len(content)} of {size} bytes")
        sections.append(Section(index, name, type_name, flags, size, content))
        if type_name == "SHT_SYMTAB":
            symbols = _symbols(data, headers, offset, size, entsize, link)
        elif type_name == "SHT_RELA":
            raise ObjectError(f"section {name!r}: RELA relocations are not used by BPF and not supported")
        elif type_name == "SHT_REL":
            if entsize != _REL.size:
                raise ObjectError(f"malformed ELF file (section {name!r}: relocations of {entsize} bytes, not "
                                  f"{_REL.size})")
            relocations[info] = tuple(Relocation(r_offset, r_info >> 32, r_info & 0xFFFFFFFF)
                                      for r_offset, r_info in _REL.iter_unpack(content[:size - size % _REL.size]))
    return ElfObject(tuple(sections), symbols, relocations)


def _symbols(data: bytes, headers: list[tuple[int, ...]], offset: int, size: int, entsize: int,
             link: int) -> tuple[Symbol, ...]:
    if entsize < _SYMBOL.size or size % entsize:
        raise ObjectError(f"malformed ELF file (a symbol table of {size} bytes in entries of {entsize})")
    strings = headers[link]
    if _name(_SECTION_TYPES, strings[1]) != "SHT_STRTAB":
        raise ObjectError(f"malformed ELF file (the symbol table's string table, section {link}, is not one)")
    symbols = []
    for index in range(size // entsize):
        name_at, info, other, shndx, value, sym_size = _SYMBOL.unpack_from(data, offset + index * entsize)
        symbols.append(Symbol(index, _string(data, strings, name_at, "a symbol name"), value, sym_size,
                              _name(_SYMBOL_TYPES, info & 0xF), _name(_BINDS, info >> 4),
                              _name(_VISIBILITIES, other & 0x7), shndx))
    return tuple(symbols)
