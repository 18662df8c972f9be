"""Where an instruction is, as findings and witnesses name it: by function and index for the engines, by slot as
objdump numbers it and by source line for the reader (who reads the slot beside `llvm-objdump -d`)."""

from __future__ import annotations

from sleepcheck.model.program import BpfObject
from sleepcheck.proofs.verdict import Location


def location(obj: BpfObject, function_name: str, index: int) -> Location:
    function = obj.functions[function_name]
    line = function.lines.get(index)
    source = f"{line.where()}: {line.text.strip()}" if line else None
    return Location(function_name, index, function.section_offset + function.code.slots[index], source)
