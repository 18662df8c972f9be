"""Hand-written text for each way a symbol operand becomes bytes: which relocation, against which symbol, with
which addend in place (as clang's assembler writes them; the corpus test checks the same against clang's objects),
and how the loader then reads the calls and loads."""

from __future__ import annotations

import pytest

from sleepcheck.model.asm import assemble, is_assembly
from sleepcheck.model.asm.image import RelocType
from sleepcheck.model.elf import load_object_bytes
from sleepcheck.model.elf.reader import read_elf
from sleepcheck.model.isa.decode import decode, encode
from sleepcheck.model.isa.insn import Call, CallKind, LoadImm64
from sleepcheck.model.isa.text import parse_asm
from sleepcheck.model.program import RefKind

TEXT = """\
\t.text
\t.type\thelper,@function          # static: calls to it go through the .text section symbol
helper:
\tr0 = 1
\texit
.Lhelper_end:
\t.size\thelper, .Lhelper_end-helper
\t.globl\tshared
\t.type\tshared,@function
shared:
\tcall helper                      # same section, static: resolved here, no relocation
\texit
\t.section\tkprobe/x,"ax",@progbits
\t.globl\tprog
\t.type\tprog,@function
prog:
.Lfunc_begin0:
\tcall shared
.Ltmp1:
\tcall helper
\tr1 = counter ll
\tr2 = counter+4 ll
\tif r1 == 0 goto LBB0_2
\tcall bpf_kfunc
LBB0_2:
\tr0 = 0
\texit
.Lfunc_end0:
\t.size\tprog, .Lfunc_end0-prog
\t.section\t.data,"aw",@progbits
\t.p2align\t3, 0x0
\t.zero\t8
\t.type\tcounter,@object
counter:
\t.quad\tprog
\t.quad\thelper+8
\t.size\tcounter, 16
\t.section\t.BTF.ext,"",@progbits
\t.long\t.Ltmp1
\t.long\tcounter
\t.section\tlicense,"aw",@progbits
\t.asciz\t"GPL"
"""


def _relocations(data: bytes) -> dict[str, list[tuple[int, str, RelocType]]]:
    elf = read_elf(data)

    def target(index: int) -> str:
        symbol = elf.symbols[index]
        return symbol.name or f"[{elf.sections[symbol.shndx].name}]"
    return {elf.sections[k].name: [(r.offset, target(r.symbol), RelocType(r.type)) for r in rels]
            for k, rels in elf.relocations.items()}


def test_relocations_and_addends() -> None:
    data = assemble(TEXT)
    assert _relocations(data) == {
        "kprobe/x": [(0, "shared", RelocType.R_BPF_64_32), (8, "[.text]", RelocType.R_BPF_64_32),
                     (16, "[.data]", RelocType.R_BPF_64_64), (32, "[.data]", RelocType.R_BPF_64_64),
                     (56, "bpf_kfunc", RelocType.R_BPF_64_32)],
        ".data": [(8, "prog", RelocType.R_BPF_64_ABS64), (16, "[.text]", RelocType.R_BPF_64_ABS64)],
        ".BTF.ext": [(0, "[kprobe/x]", RelocType.R_BPF_64_NODYLD32), (4, "[.data]", RelocType.R_BPF_64_NODYLD32)],
    }
    elf = read_elf(data)
    code = decode(elf.section("kprobe/x").data)  # type: ignore[union-attr]
    assert code.insns[0] == Call(CallKind.LOCAL, -1)  # shared itself
    assert code.insns[1] == Call(CallKind.LOCAL, -1)  # helper at .text+0: 0 / 8 - 1
    assert [code.insns[k].lo for k in (2, 3)] == [8, 12]  # type: ignore[union-attr]
    text = decode(elf.section(".text").data)  # type: ignore[union-attr]
    assert text.insns[2] == Call(CallKind.LOCAL, -3)  # back to helper, pc-relative
    assert elf.section(".data").data[16:] == (8).to_bytes(8, "little")  # type: ignore[union-attr]
    assert elf.section(".BTF.ext").data == (8).to_bytes(4, "little") * 2  # type: ignore[union-attr]
    sizes = {s.name: (s.size, s.type, s.bind) for s in elf.symbols if s.name}
    assert sizes == {"helper": (16, "STT_FUNC", "STB_LOCAL"), "shared": (0, "STT_FUNC", "STB_GLOBAL"),
                     "prog": (80, "STT_FUNC", "STB_GLOBAL"), "counter": (16, "STT_OBJECT", "STB_LOCAL"),
                     "bpf_kfunc": (0, "STT_NOTYPE", "STB_GLOBAL")}


def test_the_loader_reads_what_the_relocations_say() -> None:
    text = TEXT.replace("\tcall bpf_kfunc\n", "")  # an extern needs BTF, which this text has none of
    obj = load_object_bytes(assemble(text))
    prog = obj.functions["prog"]
    assert [(r.kind, r.target) for r in prog.refs.values()] == [
        (RefKind.CALL, "shared"), (RefKind.CALL, "helper"), (RefKind.DATA, ".data"), (RefKind.DATA, ".data")]
    assert [prog.refs[k].offset for k in (2, 3)] == [8, 12]
    assert obj.functions["shared"].refs[0].target == "helper"
    assert isinstance(prog.code.insns[2], LoadImm64)
    assert obj.license == "GPL"


def test_semicolons_separate_statements_and_leading_zeros_are_octal() -> None:
    """As LLVM's assembler reads them: `;` is no comment, `#` and `//` are, and `010` is eight."""
    text = ('\t.section\ttc,"ax",@progbits\n\t.globl\tf\n\t.type\tf,@function\nf:\n'
            '\tr0 = 1 ; w0 = 010 # r0 = 3\n\texit // r0 = 4\n.Lend:\n\t.size\tf, .Lend-f\n')
    obj = load_object_bytes(assemble(text), "t.s")
    assert encode(obj.functions["f"].code) == encode(parse_asm("r0 = 1\nw0 = 8\nexit"))


def test_llvm_zero_extending_move_is_the_32_bit_move() -> None:
    assert encode(parse_asm("r8 = w8")) == encode(parse_asm("w8 = w8")) == bytes.fromhex("bc88000000000000")


@pytest.mark.parametrize(("data", "name", "expected"), [
    (b"\tr0 = 0\n\texit\n", "prog.s", True),
    (b"\tr0 = 0\n\texit\n", "prog.txt", True),
    (b"\x7fELF\x02\x01", "prog.s", False),
    (b"\0\1\2", "prog.o", False),
    (b"\xff\xfe", "prog.o", False),
    (b"", "prog.o", False),
    (b"\0\1\2", "prog.s", True),
    (b"not an elf", "prog.o", False),
    (b"not an elf", "prog", True),
])
def test_what_is_assembly(data: bytes, name: str, expected: bool) -> None:
    assert is_assembly(data, name) is expected


def test_numeric_labels_dot_and_folded_constants_as_llvm_reads_them() -> None:
    """Hand-written text: `1:` defined twice, `1b`/`1f` the nearest before or after, `.` the current location, and
    numbers combined with operators folded (checked against clang-19's own assembly of the same text)."""
    text = ('\t.section\ttc,"ax",@progbits\n\t.globl\tf\n\t.type\tf,@function\nf:\n'
            '1:\tr6 += 1\n\tif r6 > 1 << 2 goto 1f\n\tgoto 1b\n'
            '1:\tr0 = *(u64 *)(r10 - 2 * 4)\n\tr1 = 65536 * 2 + (7 & 3)\n\tif r0 == 0 goto 1b\n\texit\n'
            '\t.size\tf, .-f\n')
    obj = load_object_bytes(assemble(text), "t.s")
    assert encode(obj.functions["f"].code) == encode(parse_asm(
        "r6 += 1\nif r6 > 4 goto +1\ngoto -3\nr0 = *(u64 *)(r10 - 8)\nr1 = 131075\nif r0 == 0 goto -3\nexit"))
    assert [s.size for s in read_elf(assemble(text)).symbols if s.name == "f"] == [56]  # `.size f, .-f`
