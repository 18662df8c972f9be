"""Build a BpfObject from LLVM assembly text, for semantic cases that need more than one function or named calls.

Beyond what `parse_asm` reads, a line may say:
- `call NAME`: a function of the case (a bpf-to-bpf call), else a kfunc or helper the kernel model knows;
- `rN = func NAME`: the address of a function of the case (a callback);
- `rN = map NAME` / `rN = data SECTION + OFFSET`: a map or a global-data address.
A label call inside one function (`call LABEL`) stays a call by offset, as LLVM writes it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from sleepcheck.model.isa.insn import Call, CallKind, Insn, LoadImm64, Pseudo
from sleepcheck.model.isa.text import parse_asm
from sleepcheck.model.kernel.model import KernelModel
from sleepcheck.model.program import BpfObject, DataSection, Function, Linkage, MapDef, Program, Ref, RefKind

_MAGIC = 0x5EE00000  # marks a placeholder's immediate; no case uses such a constant
_ADDRESS = re.compile(r"^\s*r(\d+) = (func|map|data) ([\w.]+)(?: \+ (\d+))?\s*$")
_CALL = re.compile(r"^\s*call ([A-Za-z_][\w.]*)\s*$")


def _function(name: str, text: str, names: set[str], kernel: KernelModel, linkage: Linkage) -> Function:
    placeholders: list[Ref] = []
    calls: dict[str, Insn] = {}
    lines = []
    for line in text.splitlines():
        address = _ADDRESS.match(line)
        call = _CALL.match(line)
        if address:
            reg, kind, target, offset = address.groups()
            ref_kind = {"func": RefKind.FUNC_ADDR, "map": RefKind.MAP, "data": RefKind.DATA}[kind]
            placeholders.append(Ref(ref_kind, target, int(offset or 0)))
            line = f"r{reg} = {_MAGIC + len(placeholders) - 1} ll"
        elif call and call.group(1) in names:
            placeholders.append(Ref(RefKind.CALL, call.group(1)))
            calls[call.group(1)] = Call(CallKind.LOCAL, _MAGIC + len(placeholders) - 1)
        elif call and call.group(1) in kernel.kfuncs:
            placeholders.append(Ref(RefKind.KFUNC, call.group(1)))
            calls[call.group(1)] = Call(CallKind.KFUNC, _MAGIC + len(placeholders) - 1)
        elif call and call.group(1).startswith("bpf_") and call.group(1) not in calls:
            calls[call.group(1)] = Call(CallKind.HELPER, kernel.helper_by_name(call.group(1)).id)
        lines.append(line)
    code = parse_asm("\n".join(lines), calls=calls)
    refs: dict[int, Ref] = {}
    for index, insn in enumerate(code.insns):
        marker = None
        if isinstance(insn, LoadImm64) and insn.pseudo is Pseudo.NONE and insn.hi == 0:
            marker = insn.lo - _MAGIC
        elif isinstance(insn, Call) and insn.kind is not CallKind.HELPER:
            marker = insn.imm - _MAGIC
        if marker is not None and 0 <= marker < len(placeholders):
            refs[index] = placeholders[marker]
    return Function(name, f".text.{name}", code, linkage, refs)


def build(functions: Mapping[str, str], kernel: KernelModel, *, entry: str = "main", sleepable: bool = False,
          prog_type: str = "kprobe", global_functions: tuple[str, ...] = (),
          data: Mapping[str, bytes] | None = None, maps: Mapping[str, int] | None = None) -> tuple[BpfObject, Program]:
    """`data` maps a section name to its bytes (read-only when the name starts with .rodata); `maps` a map name
    to its max_entries."""
    names = set(functions)
    built = {name: _function(name, text, names, kernel,
                             Linkage.GLOBAL if name in global_functions else Linkage.STATIC)
             for name, text in functions.items()}
    program = Program(entry, built[entry].section, built[entry], prog_type, None, None, sleepable)
    sections = {name: DataSection(name, raw, len(raw), name.startswith(".rodata"))
                for name, raw in (data or {}).items()}
    map_defs = {name: MapDef(name, "array", 4, 8, entries) for name, entries in (maps or {}).items()}
    return BpfObject("<asm>", (program,), built, map_defs, sections, {}), program
