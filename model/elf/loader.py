"""A clang-built BPF object to the program model, following libbpf's reading of it (src/libbpf.c, see
data/libbpf-section-defs.json for the commit): which sections are programs, how functions split, what each
relocation means.

- An executable section other than `.text` holds programs: one per global function symbol in it (libbpf rejects
  static ones). `.text` holds subprograms, split by function symbols.
- A subprogram's linkage is its BTF FUNC linkage, made static where the symbol is hidden (libbpf's
  `mark_btf_static`); without BTF, the symbol binding.
- Relocations resolve as libbpf's `bpf_program__record_reloc` and `bpf_object__reloc_code` do: an extern (undefined
  untyped global symbol) is a kfunc call, a `__ksym` or a `.kconfig` variable by its BTF; a call is a bpf-to-bpf
  call into `.text` at symbol value / 8 + imm + 1; an ld_imm64 against `.text` takes a function's address at
  (symbol value + imm) / 8; an ld_imm64 against `.maps` names the map at the symbol; against a data section, the
  section at symbol value + imm. A call without a relocation reaches imm + 1 slots on, in its own section.
- Instructions keep their numbers but take the kind libbpf gives them at load: a kfunc call becomes
  `CallKind.KFUNC`, a map load `Pseudo.MAP_FD`, a data load `Pseudo.MAP_VALUE`, a function address `Pseudo.FUNC`,
  a `__ksym` load `Pseudo.BTF_ID`. `Function.refs` says what each refers to.
- A struct_ops program's attach target is the `struct.member` its struct_ops map fills (see struct_ops.py); one
  that no map names keeps its section's target. The struct_ops maps join `BpfObject.maps`.

Anything legal that this reading does not cover fails with an ObjectError naming file, function and instruction:
a guess would put a wrong program under proof.
"""

from __future__ import annotations

import dataclasses
import itertools
import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from sleepcheck.model.btf.core import core_spec, essential_name
from sleepcheck.model.btf.ext import BtfExt, parse_ext
from sleepcheck.model.btf.layout import PointerMembers, returned_struct
from sleepcheck.model.btf.parse import Btf
from sleepcheck.model.btf.types import (
    Array,
    Datasec,
    DeclTag,
    Enum,
    Func,
    FuncLinkage,
    FuncProto,
    Int,
    Kind,
    Ptr,
    Var,
)
from sleepcheck.model.elf.maps import kptr_fields, parse_map, special_fields
from sleepcheck.model.elf.reader import (
    SHN_LORESERVE,
    SHN_UNDEF,
    ElfObject,
    Relocation,
    Section,
    Symbol,
    read_elf,
)
from sleepcheck.model.elf.sections import section_meaning
from sleepcheck.model.elf.struct_ops import read_struct_ops
from sleepcheck.model.errors import ObjectError, SleepcheckError
from sleepcheck.model.isa.decode import SLOT_SIZE, check_jumps, decode
from sleepcheck.model.isa.insn import Alu, Call, CallKind, Code, Imm, Insn, Load, LoadImm64, Mov, Pseudo, Store
from sleepcheck.model.program import (
    BpfObject,
    CoreReloc,
    DataSection,
    Extern,
    Function,
    Linkage,
    MapDef,
    Program,
    Ref,
    RefKind,
    SourceLine,
)

TEXT = ".text"
MAPS = ".maps"
KSYMS = ".ksyms"
KCONFIG = ".kconfig"
LICENSE = "license"
_DATA_PREFIXES = (".rodata", ".data", ".bss", ".addr_space.")


MAX_INPUT_BYTES = 256 << 20  # far above any BPF object (a large cilium datapath object is a few MiB)


def read_input(name: str) -> bytes:
    """A file's bytes, at most MAX_INPUT_BYTES of them: /dev/zero or a mistyped path to a disk image is an input
    error, not a process that eats the machine's memory."""
    try:
        with open(name, "rb") as f:
            data = f.read(MAX_INPUT_BYTES + 1)
    except OSError as error:
        raise ObjectError(f"cannot read: {error.strerror}", file=name) from None
    if len(data) > MAX_INPUT_BYTES:
        raise ObjectError(f"larger than {MAX_INPUT_BYTES >> 20} MiB, which no BPF object is", file=name)
    return data


def load_object(path: str | os.PathLike[str]) -> BpfObject:
    """Read a BPF ELF object. Raises ObjectError or DecodeError, located at file, function and instruction."""
    name = os.fspath(path)
    return load_object_bytes(read_input(name), name)


def load_object_bytes(data: bytes, name: str = "<bytes>") -> BpfObject:
    try:
        return _Loader(name, read_elf(data)).load()
    except SleepcheckError as error:
        raise error.located(file=name) from None


@dataclass
class _Draft:
    """A function while its references are being resolved."""

    name: str
    section: Section
    start: int  # first slot in the section
    code: Code
    symbol: Symbol
    linkage: Linkage
    refs: dict[int, Ref] = field(default_factory=dict)
    insns: dict[int, Insn] = field(default_factory=dict)  # rewritten instructions by index
    lines: dict[int, SourceLine] = field(default_factory=dict)

    def index_at(self, section_slot: int, what: str) -> int:
        index = self.code.index_of_slot(section_slot - self.start)
        if index is None:
            raise ObjectError(f"{what} at slot {section_slot - self.start}, inside an instruction",
                              program=self.name, insn=section_slot - self.start)
        return index

    def error(self, index: int, message: str) -> ObjectError:
        return ObjectError(message, program=self.name, insn=self.code.slots[index])


class _Loader:
    def __init__(self, path: str, elf: ElfObject) -> None:
        self.path = path
        self.elf = elf
        self.btf = self._btf()
        self._trusted_args = self._tagged_args(TRUSTED_ARG_TAG)
        self._nonnull_args = self._never_null_args()
        self.ext = self._btf_ext()
        self.drafts: dict[str, _Draft] = {}
        self.by_section: dict[int, list[_Draft]] = {}
        self.unsupported_sections: set[str] = set()
        # programs whose code does not decode, by section index: (first byte, end byte, name, why); the kernel
        # verifies each program alone, so the object's other programs are still read
        self.undecodable: dict[int, list[tuple[int, int, str, str]]] = {}

    # -------------------------------------------------------------------------------------------------------
    # BTF

    def _btf(self) -> Btf | None:
        section = self.elf.section(".BTF")
        return Btf(section.data, source=".BTF") if section else None

    def _btf_ext(self) -> BtfExt | None:
        section = self.elf.section(".BTF.ext")
        if section is None or self.btf is None:
            return None
        return parse_ext(section.data, self.btf)

    def _datasec(self, name: str) -> Datasec | None:
        if self.btf is None:
            return None
        type_id = self.btf.find(name, Kind.DATASEC)
        if type_id is None:
            return None
        datasec = self.btf.type(type_id)
        assert isinstance(datasec, Datasec)
        return datasec

    # -------------------------------------------------------------------------------------------------------

    def load(self) -> BpfObject:
        text = self.elf.section(TEXT)
        for section in self.elf.sections:
            if section.executable and section.size:
                self._split(section, subprograms=section is text)
        self._apply_func_info()
        externs, kconfig = self._externs()
        maps, map_at = self._maps()
        data = self._data_sections(kconfig)
        for section_index, relocations in self.elf.relocations.items():
            drafts = self.by_section.get(section_index)
            if drafts is None:
                continue
            for relocation in relocations:
                if not self._skipped(section_index, relocation.offset):
                    self._relocate(drafts, relocation, externs, kconfig, map_at)
        for draft in self.drafts.values():
            self._local_calls(draft)
        self._apply_line_info()
        functions = {name: self._freeze(draft) for name, draft in self.drafts.items()}
        struct_ops = read_struct_ops(self.elf, self.btf, self._program_at)
        maps.update(struct_ops.maps)
        programs = tuple(self._program(functions[d.name], struct_ops.targets.get(d.name), functions)
                         for d in self.drafts.values()
                         if d.section is not text and d.section.name not in self.unsupported_sections)
        unsupported = {d.name: (d.section.name, f"section {d.section.name!r} is not a program type libbpf knows "
                                                "(its loader must set the type by hand)")
                       for d in self.drafts.values() if d.section.name in self.unsupported_sections}
        unsupported.update((name, (self.elf.sections[index].name, why))
                           for index, failed in self.undecodable.items() for _, _, name, why in failed)
        return BpfObject(self.path, programs, functions, maps, data, externs, self._core_relocs(), self._license(),
                         unsupported, pointer_members=PointerMembers(self.btf) if self.btf is not None else {})

    def _split(self, section: Section, *, subprograms: bool) -> None:
        if section.size % SLOT_SIZE:
            raise ObjectError(f"section {section.name!r}: size {section.size} is not a multiple of {SLOT_SIZE}")
        symbols = sorted((s for s in self.elf.symbols if s.shndx == section.index and s.type == "STT_FUNC"),
                         key=lambda s: s.value)
        if not symbols:
            raise ObjectError(f"section {section.name!r} holds code but no function symbol")
        if not subprograms and section_meaning(section.name) is None:
            self.unsupported_sections.add(section.name)
        drafts = []
        for k, symbol in enumerate(symbols):
            end = symbols[k + 1].value if k + 1 < len(symbols) else section.size
            size = symbol.size or end - symbol.value
            if symbol.value % SLOT_SIZE or size % SLOT_SIZE or symbol.value + size > end:
                raise ObjectError(f"function {symbol.name!r} at {symbol.value}+{size} does not fit its section "
                                  f"{section.name!r}")
            if not symbol.name:  # libbpf refuses it too: a program or subprogram must have a name
                raise ObjectError(f"a function symbol at byte {symbol.value} of section {section.name!r} has no name "
                                  "(its name lies outside the string table)")
            if not subprograms and symbol.bind == "STB_LOCAL":
                raise ObjectError(f"program {symbol.name!r} in section {section.name!r} is static; libbpf "
                                  "rejects static programs")
            name = symbol.name
            if name in self.drafts:  # a static function of one linked unit may share its name with any other
                if symbol.bind != "STB_LOCAL":  # calls reach them by offset, as in libbpf: the static one is renamed
                    if self.drafts[name].symbol.bind != "STB_LOCAL":
                        raise ObjectError(f"two functions named {name!r}")
                    self._rename(self.drafts.pop(name))
                else:
                    name = self._unused(name)
            try:
                code = decode(section.data[symbol.value:symbol.value + size])
                check_jumps(code)
            except SleepcheckError as error:
                if subprograms:  # every program that calls it would be wrong
                    raise error.located(program=symbol.name) from None
                why = SleepcheckError(error.message, insn=error.insn).one_line()
                self.undecodable.setdefault(section.index, []).append(
                    (symbol.value, symbol.value + size, symbol.name, why))
                continue
            # a subprogram is global only as its function info says (_apply_func_info): without .BTF.ext the kernel
            # gets none and checks every subprogram in its caller's context (subprog_is_global)
            linkage = Linkage.STATIC if symbol.bind == "STB_LOCAL" or subprograms else Linkage.GLOBAL
            draft = _Draft(name, section, symbol.value // SLOT_SIZE, code, symbol, linkage)
            self.drafts[name] = draft
            drafts.append(draft)
        self.by_section[section.index] = drafts

    def _unused(self, name: str) -> str:
        return next(f"{name}.{n}" for n in itertools.count(2) if f"{name}.{n}" not in self.drafts)

    def _rename(self, draft: _Draft) -> None:
        """A static function whose name a later unit's global function takes (before anything refers to it)."""
        draft.name = self._unused(draft.name)
        self.drafts[draft.name] = draft

    def _skipped(self, section_index: int, byte_offset: int) -> bool:
        """Whether a byte of a code section lies in a program whose code does not decode, or in no function at all:
        the body of a __weak function another object overrode, which the linker keeps without its symbol (libbpf
        skips what refers to it, "probably overridden weak function"). What refers to it there is left unread."""
        if any(start <= byte_offset < end for start, end, _, _ in self.undecodable.get(section_index, ())):
            return True
        return self._covering(section_index, byte_offset // SLOT_SIZE) is None

    def _covering(self, section_index: int, slot: int) -> _Draft | None:
        return next((d for d in self.by_section.get(section_index, ()) if d.start <= slot < d.start +
                     d.code.slot_total), None)

    def _at(self, section_index: int, byte_offset: int, what: str) -> tuple[_Draft, int]:
        """The function and instruction index at a byte offset of a code section that `_skipped` passed."""
        slot = byte_offset // SLOT_SIZE
        draft = self._covering(section_index, slot)
        assert draft is not None, "a byte outside every function is _skipped"
        if byte_offset % SLOT_SIZE:
            raise ObjectError(f"{what} at byte {byte_offset} is not on an instruction", program=draft.name)
        return draft, draft.index_at(slot, what)

    def _function_at(self, section: Section, slot: int, what: str) -> _Draft:
        for draft in self.by_section.get(section.index, ()):
            if draft.start == slot:
                return draft
        raise ObjectError(f"{what} slot {slot} of section {section.name!r}, where no function starts")

    # -------------------------------------------------------------------------------------------------------
    # BTF function and line information

    def _apply_func_info(self) -> None:
        if self.ext is None or self.btf is None:
            return
        for section_name, infos in self.ext.func_info.items():
            section = self.elf.section(section_name)
            if section is None:  # a section renamed after compiling (objcopy): libbpf passes its info over
                continue
            for info in infos:
                if self._skipped(section.index, info.insn_off):
                    continue
                draft = self._function_at(section, info.insn_off // SLOT_SIZE, "func_info names")
                func = self.btf.type(info.type_id)
                if not isinstance(func, Func):
                    raise ObjectError(f".BTF.ext: func_info of {draft.name!r} is not a FUNC", program=draft.name)
                linkage = Linkage.GLOBAL if func.linkage is FuncLinkage.GLOBAL else Linkage.STATIC
                if draft.symbol.visibility in ("STV_HIDDEN", "STV_INTERNAL") and section.name == TEXT:
                    linkage = Linkage.STATIC
                draft.linkage = linkage

    def _apply_line_info(self) -> None:
        if self.ext is None:
            return
        for section_name, infos in self.ext.line_info.items():
            section = self.elf.section(section_name)
            if section is None:  # as func_info
                continue
            for info in infos:
                if self._skipped(section.index, info.insn_off):
                    continue
                draft, index = self._at(section.index, info.insn_off, "line_info")
                draft.lines[index] = SourceLine(info.file, info.line, info.column, info.text)
        for draft in self.drafts.values():  # an instruction belongs to the last line recorded before it
            recorded = sorted(draft.lines.items())
            if not recorded:  # a function with no line info (libbpf then drops the object's, we keep the others')
                continue
            ends = [index for index, _ in recorded[1:]] + [len(draft.code)]
            for (start, line), end in zip(recorded, ends, strict=True):
                draft.lines.update(dict.fromkeys(range(start, end), line))

    def _core_relocs(self) -> tuple[CoreReloc, ...]:
        if self.ext is None or self.btf is None:
            return ()
        out = []
        for section_name, relos in self.ext.core_relos.items():
            section = self.elf.section(section_name)
            if section is None:  # as func_info: libbpf finds no program there, and its code loads as compiled
                continue
            for relo in relos:
                if self._skipped(section.index, relo.insn_off):
                    continue
                draft, index = self._at(section.index, relo.insn_off, "CO-RE relocation")
                root_kind, path, shapes = core_spec(self.btf, relo.type_id, relo.access, relo.kind.label)
                where = {"program": draft.name, "insn": draft.code.slots[index]}
                if not _patchable(draft.code.insns[index]):
                    raise ObjectError(f"a {relo.kind.label} CO-RE relocation is on an instruction libbpf cannot "
                                      "patch (only an ALU or move with an immediate, a load, a store or an ld_imm64; "
                                      "libbpf refuses the object)", **where)
                if path is None:
                    raise ObjectError(f"a {relo.kind.label} CO-RE relocation's access string {relo.access!r} does "
                                      f"not follow {self.btf.name(relo.type_id) or 'its type'} in the object's own "
                                      "BTF (libbpf refuses the object)", **where)
                out.append(CoreReloc(draft.name, index, self.btf.name(relo.type_id), relo.access, relo.kind.label,
                                     root_kind, path, shapes))
        return tuple(out)

    # -------------------------------------------------------------------------------------------------------
    # externs, maps, data

    def _externs(self) -> tuple[dict[str, Extern], DataSection | None]:
        """Every extern symbol with its BTF meaning, and the `.kconfig` area as libbpf lays it out."""
        btf_kind: dict[str, tuple[str, int]] = {}  # name -> (kind, type id)
        for section, default in ((KSYMS, "ksym"), (KCONFIG, "kconfig")):
            datasec = self._datasec(section)
            if datasec is None:
                continue
            assert self.btf is not None
            for var in datasec.vars:
                t = self.btf.type(var.type)
                kind = "kfunc" if isinstance(t, Func) else default
                btf_kind[t.name] = (kind, t.type if isinstance(t, Var) else var.type)
        externs: dict[str, Extern] = {}
        kconfig: list[tuple[int, int, str]] = []  # (align, size, name)
        for symbol in self.elf.symbols:
            if not symbol.is_extern:
                continue
            if symbol.name not in btf_kind:
                raise ObjectError(f"extern {symbol.name!r} has no BTF in {KSYMS} or {KCONFIG}; libbpf cannot "
                                  "resolve it")
            kind, type_id = btf_kind[symbol.name]
            value_type = ""
            if kind == "kconfig":
                assert self.btf is not None
                kconfig.append((self.btf.align_of(type_id), self.btf.size_of(type_id), symbol.name))
                value_type = _kconfig_type(self.btf, type_id)
            typeless = kind == "ksym" and self.btf is not None and self.btf.skip_modifiers(type_id) == 0
            returns = returned_struct(self.btf, type_id) if kind == "kfunc" and self.btf is not None else None
            # libbpf looks a kfunc up by its essential name (`scx_bpf_dsq_insert___v1` is scx_bpf_dsq_insert); two
            # declarations of one kfunc are one extern, weak only where both are
            name = _extern_key(symbol.name, kind)
            weak = symbol.bind == "STB_WEAK" and (name not in externs or externs[name].weak)
            externs[name] = Extern(name, kind, weak, value_type, typeless, returns)
        if not kconfig:
            return externs, None
        # libbpf cmp_externs: descending alignment, ascending size, then name; each at its alignment.
        offset = 0
        symbols: dict[str, tuple[int, int]] = {}
        for align, size, name in sorted(kconfig, key=lambda e: (-e[0], e[1], e[2])):
            offset = (offset + align - 1) // align * align
            symbols[name] = (offset, size)
            offset += size
        return externs, DataSection(KCONFIG, b"\0" * offset, offset, True, symbols, kernel_values=True)

    def _maps(self) -> tuple[dict[str, MapDef], dict[tuple[int, int], str]]:
        if self.elf.section("maps") is not None:
            raise ObjectError("legacy 'maps' section: libbpf 1.0 and later do not load it; use BTF-defined maps "
                              "in '.maps'")
        section = self.elf.section(MAPS)
        if section is None:
            return {}, {}
        datasec = self._datasec(MAPS)
        if datasec is None or self.btf is None:
            raise ObjectError("'.maps' section without BTF describing it")
        maps: dict[str, MapDef] = {}
        for var in datasec.vars:
            t = self.btf.type(var.type)
            if not isinstance(t, Var):
                raise ObjectError(f"'.maps' holds a {t.kind.name}, not a variable")
            maps[t.name] = parse_map(self.btf, t.name, t.type)
        map_at: dict[tuple[int, int], str] = {}
        for symbol in self.elf.symbols:
            if symbol.shndx == section.index and symbol.type == "STT_OBJECT":
                if symbol.name not in maps:
                    raise ObjectError(f"map symbol {symbol.name!r} has no BTF definition")
                map_at[(section.index, symbol.value)] = symbol.name
        return maps, map_at

    def _data_sections(self, kconfig: DataSection | None) -> dict[str, DataSection]:
        data: dict[str, DataSection] = {}
        for section in self.elf.sections:
            if _is_data(section):
                symbols = {s.name: (s.value, s.size) for s in self.elf.symbols
                           if s.shndx == section.index and s.type == "STT_OBJECT"}
                data[section.name] = DataSection(section.name, section.data, section.size,
                                                 section.name.startswith(".rodata"), symbols,
                                                 self._global_fields(section.name),
                                                 self._global_kptrs(section.name, symbols))
        if kconfig is not None:
            data[KCONFIG] = kconfig
        return data

    def _global_fields(self, section: str) -> frozenset[str]:
        """The kernel objects among a data section's variables (its BTF DATASEC), as a map value's are found: the
        section becomes a map, and a lock in it is a lock in a map value."""
        datasec = self._datasec(section)
        if datasec is None or self.btf is None:
            return frozenset()
        btf = self.btf
        return frozenset(name for var in datasec.vars
                         for name in special_fields(btf, _var_type(btf, var.type)))

    def _global_kptrs(self, section: str, symbols: Mapping[str, tuple[int, int]]) -> tuple[tuple[int, str, str], ...]:
        """The kernel-object pointers among a data section's variables (kptrs in global data), each at its
        symbol's offset (clang may leave a DATASEC's offsets 0 for libbpf to fill in from the symbols)."""
        datasec = self._datasec(section)
        if datasec is None or self.btf is None:
            return ()
        btf = self.btf
        found = []
        for entry in datasec.vars:
            var = btf.type(entry.type)
            offset = symbols[var.name][0] if isinstance(var, Var) and var.name in symbols else entry.offset
            found += kptr_fields(btf, _var_type(btf, entry.type), offset)
        return tuple(found)

    def _license(self) -> str:
        section = self.elf.section(LICENSE)
        if section is None:
            return ""
        return section.data.split(b"\0", 1)[0].decode("utf-8", "replace")

    # -------------------------------------------------------------------------------------------------------
    # relocations

    def _relocate(self, drafts: list[_Draft], relocation: Relocation, externs: Mapping[str, Extern],
                  kconfig: DataSection | None, map_at: Mapping[tuple[int, int], str]) -> None:
        section_index = drafts[0].section.index
        draft, index = self._at(section_index, relocation.offset, "relocation")
        if not 0 < relocation.symbol < len(self.elf.symbols):
            raise draft.error(index, f"relocation against symbol #{relocation.symbol}, which does not exist")
        symbol = self.elf.symbols[relocation.symbol]
        insn = draft.code.insns[index]
        if not isinstance(insn, Call | LoadImm64):
            raise draft.error(index, f"relocation against {symbol.name!r} at an instruction that cannot take one")
        if index in draft.refs:
            raise draft.error(index, "two relocations at one instruction")
        ref, rewritten = self._resolve(draft, index, insn, symbol, externs, kconfig, map_at)
        draft.refs[index] = ref
        if rewritten != insn:
            draft.insns[index] = rewritten

    def _resolve(self, draft: _Draft, index: int, insn: Call | LoadImm64, symbol: Symbol,
                 externs: Mapping[str, Extern], kconfig: DataSection | None,
                 map_at: Mapping[tuple[int, int], str]) -> tuple[Ref, Insn]:
        name = symbol.name or f"symbol #{symbol.index}"
        if symbol.is_extern:
            extern = externs.get(symbol.name) or externs[_extern_key(symbol.name, "kfunc")]
            name = extern.name
            if isinstance(insn, Call):
                if extern.kind != "kfunc":
                    raise draft.error(index, f"call of {extern.kind} extern {name!r}, which is not a function")
                return (Ref(RefKind.KFUNC, name, weak=extern.weak),
                        dataclasses.replace(insn, kind=CallKind.KFUNC))
            if extern.kind == "kconfig":
                assert kconfig is not None
                offset = kconfig.symbols[name][0] + _s32(insn.lo)
                return Ref(RefKind.DATA, KCONFIG, offset), dataclasses.replace(insn, pseudo=Pseudo.MAP_VALUE)
            return (Ref(RefKind.KSYM, name, weak=extern.weak), dataclasses.replace(insn, pseudo=Pseudo.BTF_ID))
        if symbol.shndx == SHN_UNDEF or symbol.shndx >= SHN_LORESERVE:
            raise draft.error(index, f"relocation against {name!r}, which is not defined in the object "
                                     "(an uninitialized global variable?)")
        section = self.elf.sections[symbol.shndx]
        text = self.elf.section(TEXT)
        if isinstance(insn, Call):
            if insn.kind is not CallKind.LOCAL:
                raise draft.error(index, f"call relocated against {name!r} is not a bpf-to-bpf call")
            if section is not text or symbol.value % SLOT_SIZE:
                raise draft.error(index, f"call relocated against {name!r} in section {section.name!r}; "
                                         "subprograms live in .text")
            target = self._function_at(section, symbol.value // SLOT_SIZE + insn.imm + 1, "call reaches")
            return Ref(RefKind.CALL, target.name), insn
        if section is text and _is_subprog_symbol(symbol):
            offset = symbol.value + _s32(insn.lo)
            if offset % SLOT_SIZE:
                raise draft.error(index, f"address of {name!r} + {_s32(insn.lo)} is not on an instruction")
            target = self._function_at(section, offset // SLOT_SIZE, "function address of")
            return Ref(RefKind.FUNC_ADDR, target.name), dataclasses.replace(insn, pseudo=Pseudo.FUNC)
        if section.name == MAPS:
            map_name = map_at.get((section.index, symbol.value))
            if map_name is None:
                raise draft.error(index, f"relocation against {name!r} in .maps, where no map starts")
            return Ref(RefKind.MAP, map_name), dataclasses.replace(insn, pseudo=Pseudo.MAP_FD)
        if _is_data(section):
            offset = symbol.value + _s32(insn.lo)
            return Ref(RefKind.DATA, section.name, offset), dataclasses.replace(insn, pseudo=Pseudo.MAP_VALUE)
        raise draft.error(index, f"relocation against {name!r} in section {section.name!r}, which is not code, "
                                 "maps or data")

    def _local_calls(self, draft: _Draft) -> None:
        """Calls without a relocation: to a static function of the same section, imm + 1 slots on."""
        for index, insn in enumerate(draft.code.insns):
            kind = type(insn)
            if (kind is not Call and kind is not LoadImm64) or index in draft.refs:
                continue
            if isinstance(insn, Call) and insn.kind is CallKind.LOCAL:
                slot = draft.start + draft.code.slots[index] + insn.imm + 1
                try:
                    target = self._function_at(draft.section, slot, "call reaches")
                except ObjectError as error:
                    raise error.located(program=draft.name, insn=draft.code.slots[index]) from None
                draft.refs[index] = Ref(RefKind.CALL, target.name)
            elif isinstance(insn, LoadImm64) and insn.pseudo is Pseudo.FUNC:
                raise draft.error(index, "function address without a relocation")

    # -------------------------------------------------------------------------------------------------------

    def _freeze(self, draft: _Draft) -> Function:
        code = draft.code
        if draft.insns:
            insns = list(code.insns)
            for index, insn in draft.insns.items():
                insns[index] = insn
            code = Code(tuple(insns), code.slots)
        return Function(draft.name, draft.section.name, code, draft.linkage, dict(draft.refs), dict(draft.lines),
                        draft.start, self._trusted_args.get(draft.name, frozenset()), self._arg_memory(draft.name),
                        self._nonnull_args.get(draft.name, frozenset()))

    def _arg_memory(self, name: str) -> tuple[tuple[int, int], ...]:
        """The pointer parameters of the function's BTF prototype whose pointee has a size: the verifier checks a
        global function's such argument as that many bytes of memory (btf_prepare_func_args: PTR_TO_MEM)."""
        func_id = self.btf.find(name, Kind.FUNC) if self.btf is not None else None
        func = self.btf.type(func_id) if self.btf is not None and func_id is not None else None
        proto = self.btf.type(func.type) if isinstance(func, Func) and self.btf is not None else None
        if not isinstance(proto, FuncProto) or self.btf is None:
            return ()
        found = []
        for register, param in enumerate(proto.params[:5], start=1):
            pointer = self.btf.type(self.btf.skip_modifiers(param.type)) if param.type else None
            pointee = self.btf.skip_modifiers(pointer.type) if isinstance(pointer, Ptr) else 0
            if pointee and self.btf.kind(pointee) in _SIZED_KINDS:
                found.append((register, self.btf.size_of(pointee)))
        return tuple(found)

    def _never_null_args(self) -> dict[str, frozenset[int]]:
        """Per function, the argument registers the verifier takes as never NULL where it checks the function alone
        (kernel/bpf/btf.c btf_prepare_func_args(): `arg:nonnull` memory that is not NULL, `arg:trusted` a trusted
        pointer, NULL only with `arg:nullable`; an `arg:ctx` context is no pointer reg_not_null() vouches for, so the
        verifier follows a NULL test of it both ways, j30a)."""
        nullable = self._tagged_args(NULLABLE_ARG_TAG)
        found: dict[str, frozenset[int]] = {}
        for name, registers in self._trusted_args.items():
            found[name] = registers - nullable.get(name, frozenset())
        for name, registers in self._tagged_args(NONNULL_ARG_TAG).items():
            found[name] = found.get(name, frozenset()) | registers
        return found

    def _tagged_args(self, tag_name: str) -> dict[str, frozenset[int]]:
        """Per function, the argument registers a BTF decl tag of this name is on."""
        found: dict[str, set[int]] = {}
        for tag_id in self.btf.ids_of_kind(Kind.DECL_TAG) if self.btf is not None else ():
            tag = self.btf.type(tag_id)
            func = self.btf.type(tag.type) if isinstance(tag, DeclTag) and tag.name == tag_name else None
            if isinstance(tag, DeclTag) and isinstance(func, Func) and tag.component_idx >= 0:
                found.setdefault(func.name, set()).add(tag.component_idx + 1)
        return {name: frozenset(registers) for name, registers in found.items()}

    def _program_at(self, section_index: int, slot: int) -> tuple[str, str] | None:
        """The program (name, type) whose code holds `slot` of a program section, as libbpf's
        `find_prog_by_sec_insn`."""
        for draft in self.by_section.get(section_index, ()):
            meaning = section_meaning(draft.section.name)
            if meaning is not None and draft.start <= slot < draft.start + draft.code.slot_total:
                return draft.name, meaning.prog_type
        return None

    def _program(self, entry: Function, struct_ops_target: str | None, functions: dict[str, Function]) -> Program:
        meaning = section_meaning(entry.section)
        assert meaning is not None
        return Program(entry.name, entry.section, entry, meaning.prog_type, meaning.attach_type,
                       struct_ops_target or meaning.attach_target, meaning.sleepable,
                       self._exception_callback(entry.name, functions))

    def _exception_callback(self, program: str, functions: dict[str, Function]) -> str | None:
        """The function a program's `__exception_cb` tag names: libbpf (1.3 and later) reads the tag on the
        program's BTF FUNC, appends that function to the program's code, and refuses a name it cannot find."""
        if self.btf is None:
            return None
        for tag_id in self.btf.ids_of_kind(Kind.DECL_TAG):
            tag = self.btf.type(tag_id)
            if not isinstance(tag, DeclTag) or tag.component_idx != -1 or \
                    not tag.name.startswith(EXCEPTION_CALLBACK_TAG):
                continue
            func = self.btf.type(tag.type)
            if isinstance(func, Func) and func.name == program:
                name = tag.name[len(EXCEPTION_CALLBACK_TAG):]
                if name not in functions:
                    raise ObjectError(f"program {program!r}: its exception callback {name!r} is not a function of "
                                      "the object", program=program)
                return name
        return None


EXCEPTION_CALLBACK_TAG = "exception_callback:"  # libbpf's bpf_helpers.h __exception_cb(name)
TRUSTED_ARG_TAG = "arg:trusted"  # libbpf's bpf_helpers.h __arg_trusted
NULLABLE_ARG_TAG = "arg:nullable"  # __arg_nullable
NONNULL_ARG_TAG = "arg:nonnull"  # __arg_nonnull
_SIZED_KINDS = frozenset({Kind.INT, Kind.STRUCT, Kind.UNION, Kind.ENUM, Kind.ENUM64, Kind.FLOAT, Kind.PTR, Kind.ARRAY})


def _patchable(insn: Insn) -> bool:
    """Whether libbpf can write a CO-RE value into the instruction (relo_core.c bpf_core_patch_insn)."""
    return isinstance(insn, Load | Store | LoadImm64) or (isinstance(insn, Alu | Mov) and isinstance(insn.src, Imm))


def _extern_key(symbol: str, kind: str) -> str:
    """The name an extern is known by: a kfunc's essential name (bpf_object__resolve_ksym_func_btf_id looks it
    up by that), any other extern's symbol name."""
    return essential_name(symbol) if kind == "kfunc" else symbol


def _s32(value: int) -> int:
    value &= 0xFFFFFFFF
    return value - (1 << 32) if value & 0x80000000 else value


def _is_data(section: Section) -> bool:
    return section.name.startswith(_DATA_PREFIXES) and section.type in ("SHT_PROGBITS", "SHT_NOBITS")


def _is_subprog_symbol(symbol: Symbol) -> bool:
    """libbpf's sym_is_subprog: a local section symbol or a global function."""
    if symbol.bind == "STB_LOCAL" and symbol.type == "STT_SECTION":
        return True
    return symbol.bind in ("STB_GLOBAL", "STB_WEAK") and symbol.type == "STT_FUNC"


def _var_type(btf: Btf, type_id: int) -> int:
    """A DATASEC entry's type: its variable's."""
    var = btf.type(type_id)
    return var.type if isinstance(var, Var) else type_id


def _kconfig_type(btf: Btf, type_id: int) -> str:
    """How libbpf reads a config value into an extern of this type (libbpf.c: find_kcfg_type)."""
    t = btf.type(btf.skip_modifiers(type_id))
    if isinstance(t, Int):
        if t.encoding & 4:
            return "bool"
        if t.size == 1 and t.encoding & 2:
            return "char"
        return "int" if t.encoding & 1 else "uint"
    if isinstance(t, Enum) and t.name == "libbpf_tristate":
        return "tristate"
    if isinstance(t, Array):
        element = btf.type(btf.skip_modifiers(t.type))
        if isinstance(element, Int) and element.size == 1:
            return "str"
    return ""
