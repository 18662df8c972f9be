"""Which relocation clang's assembler writes for a fixup, and against which symbol: facts of LLVM 19,
llvm/lib/Target/BPF/MCTargetDesc/BPFELFObjectWriter.cpp (`getRelocType`) and llvm/lib/MC/ELFObjectWriter.cpp
(`shouldRelocateWithSymbol`), restated as data the assembler consults.

- `rN = sym ll` is R_BPF_64_64, `call sym` R_BPF_64_32, `.quad sym` R_BPF_64_ABS64.
- `.long sym` is R_BPF_64_NODYLD32 when `sym` is a temporary label in an executable section (the instruction
  offsets of `.BTF.ext`) or a named symbol of a writable allocated section (the variable offsets of `.BTF`'s
  DATASEC); otherwise R_BPF_64_ABS32.
- A relocation against a global, weak or undefined symbol names the symbol; against a local one, the section
  symbol of its section, with the symbol's offset added to the addend.
"""

from __future__ import annotations

import enum

from sleepcheck.model.asm.image import SHF_ALLOC, SHF_EXECINSTR, SHF_WRITE, RelocType


class Fixup(enum.Enum):
    LD_IMM64 = "ld_imm64"
    CALL = "call"
    DATA4 = "data4"
    DATA8 = "data8"


def reloc_type(fixup: Fixup, *, defined: bool, temporary: bool, section_flags: int) -> RelocType:
    """`section_flags` are those of the section the target symbol is defined in (0 if undefined)."""
    match fixup:
        case Fixup.LD_IMM64:
            return RelocType.R_BPF_64_64
        case Fixup.CALL:
            return RelocType.R_BPF_64_32
        case Fixup.DATA8:
            return RelocType.R_BPF_64_ABS64
        case Fixup.DATA4:
            if defined and section_flags & SHF_ALLOC:
                wanted = SHF_EXECINSTR if temporary else SHF_WRITE
                if section_flags & wanted:
                    return RelocType.R_BPF_64_NODYLD32
            return RelocType.R_BPF_64_ABS32
