"""What a load takes from an object's BTF besides the BTF itself: map type ids and program func/line info.

libbpf (src/libbpf.c, the commit in model/elf/data/libbpf-section-defs.json) decides these; the facts restated:

- `map_fill_btf_type_info`: a global-data map (`.data*`, `.bss*`, `.rodata*`, `.kconfig`) has key type 0 and its
  section's DATASEC as value type; a BTF-defined map its declared key and value types (the ELF loader reads those).
- `map_is_mmapable`: a global-data map is created BPF_F_MMAPABLE when its DATASEC holds a VAR that is not static
  (after the load-time fixups, so a `__hidden` variable counts as static).
- `internal_map_name`: a global-data map is named after the object (its file name up to the first '.'), at most
  15 - max(7, len(section)) characters of it, then the section name; a section name with a second '.' (".data.A")
  takes no prefix; characters outside [A-Za-z0-9_.] become '_'. The verifier names maps this way in its messages.
- `bpf_object__relocate` / `adjust_prog_btf_ext_info`: each function laid out in the program brings its
  `.BTF.ext` func_info and line_info records, their offsets moved to where it lands (the kernel counts
  instructions, `.BTF.ext` bytes of the section). Where the entry function has no records of a kind, the program
  goes without that kind; where the entry has them and a later function has none, libbpf fails the load.
- CO-RE relocations: libbpf applies them itself (`bpf_object__relocate_core`, with tools/lib/bpf/relo_core.c);
  the kernel applies the same code (kernel/bpf/btf.c `bpf_core_apply`, shared relo_core.c) to the `core_relos`
  of BPF_PROG_LOAD against its own BTF, so the loader hands the records over, moved like line_info but counted in
  bytes (verifier.c `check_core_relo`), instead of restating relo_core.c.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sleepcheck.model.btf.ext import BtfExt, CoreRelo, FuncInfo, LineInfo, parse_ext
from sleepcheck.model.btf.parse import Btf
from sleepcheck.model.btf.types import Datasec, Kind, Var, VarLinkage
from sleepcheck.model.elf.kernel_btf import object_kernel_btf
from sleepcheck.model.elf.reader import read_elf
from sleepcheck.model.errors import ObjectError, SleepcheckError
from sleepcheck.model.isa.decode import SLOT_SIZE
from sleepcheck.model.program import Function

_OBJ_NAME_LEN = 16  # BPF_OBJ_NAME_LEN, with its terminating NUL
_FUNC_INFO = struct.Struct("<II")  # struct bpf_func_info: insn_off, type_id
_LINE_INFO = struct.Struct("<IIII")  # struct bpf_line_info: insn_off, file_name_off, line_off, line_col
_CORE_RELO = struct.Struct("<IIII")  # struct bpf_core_relo: insn_off (bytes), type_id, access_str_off, kind


@dataclass(frozen=True)
class ObjectBtf:
    """An object's BTF as the kernel takes it (`data`, parsed as `btf`) and its `.BTF.ext`, if any."""

    data: bytes
    btf: Btf
    ext: BtfExt | None


@dataclass(frozen=True)
class ProgInfo:
    """BPF_PROG_LOAD's func_info, line_info and core_relos arrays (empty where the program goes without)."""

    func_info: bytes = b""
    line_info: bytes = b""
    core_relos: bytes = b""


def object_btf(path: str | os.PathLike[str]) -> ObjectBtf | None:
    """The object's BTF for the kernel with its `.BTF.ext`, or None for an object without `.BTF`."""
    loaded = object_kernel_btf(path)
    if loaded is None:
        return None
    data, btf = loaded
    name = os.fspath(path)
    try:
        with open(name, "rb") as f:
            section = read_elf(f.read()).section(".BTF.ext")
        # The kernel's BTF keeps the object's strings at their offsets, so records read against it stay valid.
        ext = parse_ext(section.data, btf) if section is not None else None
    except OSError as error:
        raise ObjectError(f"cannot read: {error.strerror}", file=name) from None
    except SleepcheckError as error:
        raise error.located(file=name) from None
    return ObjectBtf(data, btf, ext)


def datasec(btf: Btf, section: str) -> tuple[int, bool] | None:
    """(the DATASEC type id a global-data map takes as value type, whether the map is mmapable), or None where
    the BTF has no DATASEC for the section."""
    type_id = btf.find(section, Kind.DATASEC)
    if type_id is None:
        return None
    t = btf.type(type_id)
    assert isinstance(t, Datasec)
    mmapable = False
    for secinfo in t.vars:
        var = btf.type(secinfo.type)
        mmapable |= isinstance(var, Var) and var.linkage is not VarLinkage.STATIC
    return type_id, mmapable


def internal_map_name(object_path: str, section: str) -> str:
    """The kernel name libbpf gives a global-data map."""
    object_name = os.path.basename(object_path).split(".", 1)[0]
    suffix_len = min(max(7, len(section)), _OBJ_NAME_LEN - 1)
    prefix_len = 0 if "." in section[1:] else min(_OBJ_NAME_LEN - suffix_len - 1, len(object_name))
    name = (object_name[:prefix_len] + section[:suffix_len])[:_OBJ_NAME_LEN - 1]
    return "".join(c if c.isalnum() or c in "_." else "_" for c in name)


def prog_info(ext: BtfExt | None, functions: Sequence[tuple[Function, int]]) -> ProgInfo:
    """func_info, line_info and CO-RE relocations for a program laid out as `functions` (each with the slot it
    starts at, entry first)."""
    if ext is None or not functions:
        return ProgInfo()
    funcs = _moved("function info", ext.func_info, functions, every_function=True)
    lines = _moved("line info", ext.line_info, functions, every_function=True)
    relos = _moved("CO-RE relocations", ext.core_relos, functions, every_function=False)
    return ProgInfo(
        b"".join(_FUNC_INFO.pack(off, r.type_id) for off, r in funcs if isinstance(r, FuncInfo)),
        b"".join(_LINE_INFO.pack(off, r.file_off, r.text_off, r.line << 10 | r.column)
                 for off, r in lines if isinstance(r, LineInfo)),
        b"".join(_CORE_RELO.pack(off * SLOT_SIZE, r.type_id, r.access_off, r.kind)
                 for off, r in relos if isinstance(r, CoreRelo)),
    )


def _moved(what: str, records: Mapping[str, tuple[FuncInfo | LineInfo | CoreRelo, ...]],
           functions: Sequence[tuple[Function, int]], *,
           every_function: bool) -> list[tuple[int, FuncInfo | LineInfo | CoreRelo]]:
    """Each function's records of one kind with their slots in the loaded program, in order. With
    `every_function`, a kind the entry has must cover every function."""
    out: list[tuple[int, FuncInfo | LineInfo | CoreRelo]] = []
    for k, (function, base) in enumerate(functions):
        first = function.section_offset
        end = first + function.code.slot_total
        mine = [(r.insn_off // SLOT_SIZE - first + base, r) for r in records.get(function.section, ())
                if first <= r.insn_off // SLOT_SIZE < end]
        if not mine and every_function:
            if k == 0:
                return []
            raise ObjectError(f"missing .BTF.ext {what} for subprogram {function.name}",
                              program=functions[0][0].name)
        out += sorted(mine, key=lambda item: item[0])
    return out
