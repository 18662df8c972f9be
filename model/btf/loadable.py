"""BTF the kernel accepts (BPF_BTF_LOAD) from an object's `.BTF`, fixed up the way libbpf does before loading.

clang leaves what only the linker or loader knows: DATASEC sizes and VAR offsets are zero, and extern sections
(`.ksyms`, `.kconfig`) hold FUNCs and extern VARs the kernel rejects. libbpf (src/libbpf.c, the commit in
model/elf/data/libbpf-section-defs.json) repairs them in three places, restated here:

- `bpf_object__collect_externs`: in `.ksyms`, every FUNC becomes a GLOBAL FUNC whose unnamed parameters borrow the
  name "dummy_ksym", and its DATASEC entry points at a new VAR "dummy_ksym" (int); every VAR becomes a
  GLOBAL_ALLOCATED int; entries sit 4 bytes apart. In `.kconfig`, VARs become GLOBAL_ALLOCATED at libbpf's
  kconfig layout offsets.
- `btf_fixup_datasec`: any other DATASEC of size 0 takes its ELF section's size, and each non-static, non-extern
  VAR its symbol's value as offset; a hidden symbol makes its VAR static. Entries are sorted by offset.
- `bpf_object__sanitize_and_load_btf`: a global FUNC whose `.text` symbol is hidden becomes static.

Kernels that lack a BTF kind need more (libbpf's `bpf_object__sanitize_btf`); every kind has existed since Linux
6.0, so that step is not restated.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Collection, Mapping

from sleepcheck.model.btf.parse import HEADER, MAGIC, Btf
from sleepcheck.model.btf.types import Datasec, Func, FuncLinkage, FuncProto, Int, Kind, Var, VarLinkage
from sleepcheck.model.errors import ObjectError

KSYMS = ".ksyms"
KCONFIG = ".kconfig"
DUMMY_KSYM = "dummy_ksym"


def loadable_btf(btf: Btf, *, section_sizes: Mapping[str, int], symbol_values: Mapping[str, int],
                 hidden: Collection[str] = (), kconfig_offsets: Mapping[str, int] | None = None) -> bytes:
    """The bytes to pass to BPF_BTF_LOAD for an object whose `.BTF` is `btf`.

    `section_sizes`: ELF section name -> size, for every data section a DATASEC describes (.data, .rodata*, .bss,
    .maps, license, ...). `symbol_values`: global variable name -> its symbol's st_value. `hidden`: names of global
    symbols (variables and `.text` functions) with STV_HIDDEN or STV_INTERNAL visibility. `kconfig_offsets`: each
    `.kconfig` extern's offset in libbpf's layout (`BpfObject.data[".kconfig"].symbols`). Type ids do not change,
    except that a `.ksyms` holding a FUNC gains one VAR at the end: func_info and line_info stay valid.
    """
    return _Fixer(btf, section_sizes, symbol_values, frozenset(hidden), kconfig_offsets or {}).run()


class _Fixer:
    def __init__(self, btf: Btf, section_sizes: Mapping[str, int], symbol_values: Mapping[str, int],
                 hidden: frozenset[str], kconfig_offsets: Mapping[str, int]) -> None:
        if btf.base is not None:
            raise ObjectError("split BTF is kernel module BTF, not an object's")
        self.btf = btf
        self.section_sizes = section_sizes
        self.symbol_values = symbol_values
        self.hidden = hidden
        self.kconfig_offsets = kconfig_offsets
        self.words = array("I", btf.data[btf.types_start:btf.types_end])
        self.strings = bytearray(btf.data[btf.strings_start:btf.strings_end])
        if sys.byteorder != "little":
            self.words.byteswap()
        self.appended: list[int] = []

    def at(self, type_id: int) -> int:
        """Word index of a type's record."""
        return (self.btf.word_offset(type_id) - self.btf.types_start) // 4

    def set_info_vlen(self, type_id: int, vlen: int) -> None:
        w = self.at(type_id) + 1
        self.words[w] = (self.words[w] & ~0xFFFF) | vlen

    def add_string(self, text: str) -> int:
        encoded = text.encode() + b"\0"
        found = self.strings.find(encoded)
        while found > 0 and self.strings[found - 1] != 0:
            found = self.strings.find(encoded, found + 1)
        if found >= 0:
            return found
        self.strings += encoded
        return len(self.strings) - len(encoded)

    def run(self) -> bytes:
        for type_id in self.btf.ids_of_kind(Kind.DATASEC):
            datasec = self.btf.type(type_id)
            assert isinstance(datasec, Datasec)
            if datasec.name == KSYMS:
                self.fix_ksyms(type_id, datasec)
            elif datasec.name == KCONFIG:
                self.fix_kconfig(type_id, datasec)
            else:
                self.fix_datasec(type_id, datasec)
            self.sort_secinfos(type_id, len(datasec.vars))
        for type_id in self.btf.ids_of_kind(Kind.FUNC):
            func = self.btf.type(type_id)
            assert isinstance(func, Func)
            if func.linkage is FuncLinkage.GLOBAL and func.name in self.hidden:
                self.set_info_vlen(type_id, FuncLinkage.STATIC)
        return self.serialize()

    def int_type(self) -> int:
        """libbpf's find_int_btf_id: the first 32-bit INT."""
        for type_id in self.btf.ids_of_kind(Kind.INT):
            t = self.btf.type(type_id)
            if isinstance(t, Int) and t.bits == 32:
                return type_id
        return 0

    def fix_ksyms(self, type_id: int, datasec: Datasec) -> None:
        int_id = self.int_type()
        dummy_id = 0
        if any(isinstance(self.btf.type(v.type), Func) for v in datasec.vars):
            dummy_name = self.add_string(DUMMY_KSYM)
            dummy_id = len(self.btf) + len(self.appended) // 4
            self.appended += [dummy_name, Kind.VAR << 24, int_id, VarLinkage.GLOBAL_ALLOCATED]
        first = self.at(type_id) + 3
        for k, var in enumerate(datasec.vars):
            t = self.btf.type(var.type)
            if isinstance(t, Func):
                proto = self.btf.type(t.type)
                assert isinstance(proto, FuncProto)
                for p, param in enumerate(proto.params):
                    if param.type and not param.name:
                        self.words[self.at(t.type) + 3 + 2 * p] = self.add_string(DUMMY_KSYM)
                self.set_info_vlen(var.type, FuncLinkage.GLOBAL)
                self.words[first + 3 * k] = dummy_id
            elif isinstance(t, Var):
                self.words[self.at(var.type) + 3] = VarLinkage.GLOBAL_ALLOCATED
                self.words[self.at(var.type) + 2] = int_id
            else:
                raise ObjectError(f"{KSYMS} holds a {t.kind.name}")
            self.words[first + 3 * k + 1] = 4 * k
            self.words[first + 3 * k + 2] = 4
        self.words[self.at(type_id) + 2] = 4 * len(datasec.vars)

    def fix_kconfig(self, type_id: int, datasec: Datasec) -> None:
        first = self.at(type_id) + 3
        end = 0
        for k, var in enumerate(datasec.vars):
            t = self.btf.type(var.type)
            if not isinstance(t, Var) or t.name not in self.kconfig_offsets:
                raise ObjectError(f"{KCONFIG}: no layout offset for {t.name!r}")
            offset = self.kconfig_offsets[t.name]
            self.words[self.at(var.type) + 3] = VarLinkage.GLOBAL_ALLOCATED
            self.words[first + 3 * k + 1] = offset
            end = max(end, offset + var.size)
        self.words[self.at(type_id) + 2] = end

    def fix_datasec(self, type_id: int, datasec: Datasec) -> None:
        fixup_offsets = datasec.size == 0
        if fixup_offsets:
            size = self.section_sizes.get(datasec.name, 0)
            if not size:
                raise ObjectError(f"BTF DATASEC {datasec.name!r}: no ELF section gives its size")
            self.words[self.at(type_id) + 2] = size
        first = self.at(type_id) + 3
        for k, secinfo in enumerate(datasec.vars):
            var = self.btf.type(secinfo.type)
            if not isinstance(var, Var):
                raise ObjectError(f"BTF DATASEC {datasec.name!r} holds a {var.kind.name}, not a VAR")
            if var.linkage in (VarLinkage.STATIC, VarLinkage.GLOBAL_EXTERN):
                continue
            if var.name not in self.symbol_values:
                raise ObjectError(f"BTF DATASEC {datasec.name!r}: no symbol for variable {var.name!r}")
            if fixup_offsets:
                self.words[first + 3 * k + 1] = self.symbol_values[var.name]
            if var.name in self.hidden:
                self.words[self.at(secinfo.type) + 3] = VarLinkage.STATIC

    def sort_secinfos(self, type_id: int, count: int) -> None:
        first = self.at(type_id) + 3
        entries = sorted((tuple(self.words[first + 3 * k:first + 3 * k + 3]) for k in range(count)),
                         key=lambda e: e[1])
        for k, entry in enumerate(entries):
            self.words[first + 3 * k:first + 3 * k + 3] = array("I", entry)

    def serialize(self) -> bytes:
        words = self.words + array("I", self.appended)
        if sys.byteorder != "little":
            words.byteswap()
        types = words.tobytes()
        header = HEADER.pack(MAGIC, 1, 0, HEADER.size, 0, len(types), len(types), len(self.strings))
        return header + types + bytes(self.strings)
