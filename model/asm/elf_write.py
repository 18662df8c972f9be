"""An ObjectImage to the bytes of a relocatable ELF64 little-endian BPF object, in the shape clang writes: a
null section, `.strtab` (section and symbol names in one table), each section followed by its `.rel` section,
then `.symtab`. The layout follows the ELF specification (System V gABI, "Object Files"); only what a BPF object
uses is written: no program headers, REL relocations only.
"""

from __future__ import annotations

import struct

from sleepcheck.model.asm.image import SHT_NOBITS, Bind, ObjectImage

EM_BPF = 247
ET_REL = 1
SHT_SYMTAB = 2
SHT_STRTAB = 3
SHT_REL = 9
SHF_INFO_LINK = 0x40
_EHDR = struct.Struct("<16sHHIQQQIHHHHHH")
_SHDR = struct.Struct("<IIQQQQIIQQ")
_SYM = struct.Struct("<IBBHQQ")
_REL = struct.Struct("<QQ")


class _Strings:
    def __init__(self) -> None:
        self.data = bytearray(b"\0")
        self.at: dict[str, int] = {"": 0}

    def add(self, name: str) -> int:
        if name not in self.at:
            self.at[name] = len(self.data)
            self.data += name.encode() + b"\0"
        return self.at[name]


def write_elf(image: ObjectImage) -> bytes:
    strings = _Strings()
    # ELF section indices: 0 null, 1 .strtab, then each section and its relocations, then .symtab.
    elf_index: dict[int, int] = {}
    rel_index: dict[int, int] = {}
    next_index = 2
    for k, _section in enumerate(image.sections):
        elf_index[k] = next_index
        next_index += 1
        if image.relocations.get(k):
            rel_index[k] = next_index
            next_index += 1
    symtab_index = next_index

    symtab = bytearray()
    first_global = len(image.symbols)
    for k, sym in enumerate(image.symbols):
        if sym.bind is not Bind.LOCAL and first_global == len(image.symbols):
            first_global = k
        shndx = elf_index[sym.section] if sym.section is not None else 0
        symtab += _SYM.pack(strings.add(sym.name), (int(sym.bind) << 4) | int(sym.type), int(sym.visibility),
                            shndx, sym.value, sym.size)

    body = bytearray(b"\0" * _EHDR.size)
    headers: list[bytes] = [b"\0" * _SHDR.size, b""]  # .strtab's header is packed last, once names are in

    def place(data: bytes, align: int) -> int:
        body.extend(b"\0" * (-len(body) % align))
        offset = len(body)
        body.extend(data)
        return offset

    for k, section in enumerate(image.sections):
        stored = b"" if section.type == SHT_NOBITS else section.data
        offset = place(stored, max(section.align, 1))
        headers.append(_SHDR.pack(strings.add(section.name), section.type, section.flags, 0, offset,
                                  len(section.data), 0, 0, section.align, section.entsize))
        if k in rel_index:
            rels = b"".join(_REL.pack(r.offset, (r.symbol << 32) | int(r.type)) for r in image.relocations[k])
            rel_name = strings.add(".rel" + section.name)
            headers.append(_SHDR.pack(rel_name, SHT_REL, SHF_INFO_LINK, 0, place(rels, 8), len(rels),
                                      symtab_index, elf_index[k], 8, _REL.size))
    symtab_name = strings.add(".symtab")
    headers.append(_SHDR.pack(symtab_name, SHT_SYMTAB, 0, 0, place(bytes(symtab), 8), len(symtab), 1,
                              first_global, 8, _SYM.size))
    strtab_name = strings.add(".strtab")
    strtab = bytes(strings.data)
    headers[1] = _SHDR.pack(strtab_name, SHT_STRTAB, 0, 0, place(strtab, 1), len(strtab), 0, 0, 1, 0)
    shoff = place(b"".join(headers), 8)
    ident = b"\x7fELF" + bytes([2, 1, 1, 0]) + b"\0" * 8
    body[:_EHDR.size] = _EHDR.pack(ident, ET_REL, EM_BPF, 1, 0, 0, shoff, 0, _EHDR.size, 0, 0, _SHDR.size,
                                   len(headers), 1)
    return bytes(body)
