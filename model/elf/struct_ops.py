"""struct_ops maps, and which member of which kernel struct each struct_ops program implements.

A struct_ops program's section says little (`struct_ops.s/enqueue` names a function, not a hook); the kernel judges
it by the member it fills: `sched_ext_ops.init` may sleep, `sched_ext_ops.enqueue` may not. That member is written
in the object as data, and this module reads it as libbpf does (src/libbpf.c at the commit in
data/libbpf-section-defs.json):

- `init_struct_ops_maps`: every variable of the `.struct_ops` or `.struct_ops.link` DATASEC (either optionally
  prefixed `?`) is a map of type struct_ops named after the variable, whose type (through modifiers) must be a
  named struct; key size 4, value size the struct's size (libbpf later swaps in the kernel's value type size),
  one entry, BPF_F_LINK for `.struct_ops.link`.
- `bpf_object__collect_st_ops_relos`: a relocation of that section at byte offset `off` belongs to the map whose
  variable spans `off`; the member whose bit offset is `(off - variable offset) * 8` must be a function pointer;
  the relocated symbol's section and `st_value / 8` name the program, which must be a struct_ops program.
- `bpf_map__init_kern_struct_ops`: a program may fill several maps only as the same member of the same struct.

The attach target is then `struct.member` (the struct's name without a `___flavour` suffix, which
find_struct_ops_kern_types() drops), the form the kernel model's struct_ops rule asks for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sleepcheck.model.btf.core import essential_name
from sleepcheck.model.btf.parse import Btf
from sleepcheck.model.btf.types import Composite, Datasec, FuncProto, Kind, Ptr, Var
from sleepcheck.model.elf.reader import SHN_LORESERVE, ElfObject, Section
from sleepcheck.model.errors import ObjectError
from sleepcheck.model.isa.decode import SLOT_SIZE
from sleepcheck.model.program import MapDef

STRUCT_OPS = ".struct_ops"
STRUCT_OPS_LINK = ".struct_ops.link"
_SECTIONS = (STRUCT_OPS, STRUCT_OPS_LINK, "?" + STRUCT_OPS, "?" + STRUCT_OPS_LINK)
BPF_F_LINK = 1 << 13  # include/uapi/linux/bpf.h


@dataclass(frozen=True)
class StructOps:
    """The struct_ops maps of an object, and `program name -> "struct.member"` for every program they name."""

    maps: dict[str, MapDef]
    targets: dict[str, str]


@dataclass(frozen=True)
class _Var:
    map: MapDef
    struct: Composite
    offset: int  # of the variable in its section


# (section index, slot in it) -> (program name, program type), or None where no program is
ProgramAt = Callable[[int, int], tuple[str, str] | None]


def read_struct_ops(elf: ElfObject, btf: Btf | None, program_at: ProgramAt) -> StructOps:
    maps: dict[str, MapDef] = {}
    targets: dict[str, str] = {}
    for section in elf.sections:
        if section.name not in _SECTIONS:
            continue
        variables = _variables(elf, section, btf)
        maps.update((v.map.name, v.map) for v in variables)
        assert btf is not None  # _variables requires it
        for offset, symbol_index in _relocations(elf, section):
            variable = next((v for v in variables if v.offset <= offset < v.offset + v.struct.size), None)
            if variable is None:
                raise ObjectError(f"{section.name}: relocation at byte {offset}, where no struct_ops map is")
            program, member = _member_program(elf, btf, variable, offset - variable.offset, symbol_index,
                                              program_at)
            target = f"{essential_name(variable.struct.name)}.{member}"  # libbpf drops a ___flavour
            if targets.setdefault(program, target) != target:
                raise ObjectError(f"program {program!r} fills both {targets[program]} and {target}; libbpf lets "
                                  "a struct_ops program be reused only as the same member of the same struct",
                                  program=program)
    return StructOps(maps, targets)


def _variables(elf: ElfObject, section: Section, btf: Btf | None) -> list[_Var]:
    name = section.name.removeprefix("?")
    type_id = btf.find(section.name, Kind.DATASEC) if btf is not None else None
    if btf is None or type_id is None:
        raise ObjectError(f"section {section.name!r} without a BTF DATASEC describing it")
    datasec = btf.type(type_id)
    assert isinstance(datasec, Datasec)
    out = []
    for info in datasec.vars:
        var = btf.type(info.type)
        if not isinstance(var, Var):
            raise ObjectError(f"{section.name!r} holds a {var.kind.name}, not a variable")
        struct_id = btf.skip_modifiers(var.type)
        struct = btf.type(struct_id)
        if not isinstance(struct, Composite) or struct.kind is not Kind.STRUCT:
            raise ObjectError(f"struct_ops map {var.name!r}: its type is a {struct.kind.name}, not a struct")
        if not struct.name:
            raise ObjectError(f"struct_ops map {var.name!r}: its struct is anonymous; libbpf needs the kernel "
                              "struct's name")
        # clang leaves the DATASEC's offsets 0; the symbol table has where each variable really is (libbpf takes
        # it from there too, in its DATASEC fix-up)
        offset = next((sym.value for sym in elf.symbols if sym.shndx == section.index and sym.name == var.name),
                      info.offset)
        if offset + struct.size > section.size:
            raise ObjectError(f"struct_ops map {var.name!r} runs past the end of {section.name!r}")
        flags = BPF_F_LINK if name == STRUCT_OPS_LINK else 0
        out.append(_Var(MapDef(var.name, "struct_ops", 4, struct.size, 1, flags, btf_value_type_id=struct_id),
                        struct, offset))
    return out


def _relocations(elf: ElfObject, section: Section) -> list[tuple[int, int]]:
    return [(r.offset, r.symbol) for r in elf.relocations.get(section.index, ())]


def _member_program(elf: ElfObject, btf: Btf, variable: _Var, offset: int, symbol_index: int,
                    program_at: ProgramAt) -> tuple[str, str]:
    """(program, member) for a relocation `offset` bytes into the variable."""
    where = f"struct_ops map {variable.map.name!r} at byte {offset}"
    member = next((m for m in variable.struct.members if m.bit_offset == offset * 8), None)
    if member is None:
        raise ObjectError(f"{where}: no member of struct {variable.struct.name} starts there")
    pointer = btf.type(btf.skip_modifiers(member.type))
    if not (isinstance(pointer, Ptr) and isinstance(btf.type(btf.skip_modifiers(pointer.type)), FuncProto)):
        raise ObjectError(f"{where}: member {member.name} is not a function pointer")
    if not 0 < symbol_index < len(elf.symbols):
        raise ObjectError(f"{where}: relocation against symbol #{symbol_index}, which does not exist")
    symbol = elf.symbols[symbol_index]
    if not 0 < symbol.shndx < SHN_LORESERVE or symbol.value % SLOT_SIZE:
        raise ObjectError(f"{where}: {member.name} points to {symbol.name!r}, which is not a program")
    found = program_at(symbol.shndx, symbol.value // SLOT_SIZE)
    if found is None:
        raise ObjectError(f"{where}: {member.name} points to {symbol.name!r}, where no program is")
    program, prog_type = found
    if prog_type != "struct_ops":
        raise ObjectError(f"{where}: {member.name} points to program {program!r} of type {prog_type}, not "
                          "struct_ops", program=program)
    return program, member.name
