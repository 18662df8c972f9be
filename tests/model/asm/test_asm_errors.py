"""Bad assembly text: one AsmError naming the line, for each way the text can be wrong."""

from __future__ import annotations

import pytest

from sleepcheck.model.asm import assemble
from sleepcheck.model.errors import AsmError

HEAD = '\t.section\ttc,"ax",@progbits\n\t.globl\tf\n\t.type\tf,@function\nf:\n'  # lines 1-4

CASES = [
    (HEAD + "\tr1 = bogus\n", "line 5: cannot parse 'r1 = bogus'"),
    (HEAD + "\tw1 += 0x100000000\n", "line 5: immediate 4294967296 does not fit in 32 bits: 'w1 += 0x100000000'"),
    (HEAD + "\tgoto LBB0_9\n\texit\n", "line 5: jump to 'LBB0_9', which is no label of this section"),
    (HEAD + "\t.frobnicate 3\n", "line 5: unsupported directive .frobnicate"),
    (HEAD + "\t.ascii \"abc\n", "line 5: string not closed"),
    (HEAD + "\texit\nf:\n", "line 6: label 'f' defined twice"),
    (HEAD + "\texit\n\t.size\tf, g\n", "line 6: .size of 'f' is not a number"),
    ('\t.section\t.rodata,"a",@progbits\n\t.byte\tf\n', "line 2: a symbol in a 1-byte value; relocations are 4 or 8 "
                                                        "bytes"),
    ('\t.section\t.rodata,"a",@progbits\n\t.short\t70000\n', "line 2: value 70000 does not fit in 2 bytes"),
    ('\t.section\t.rodata,"a",@progbits\n\tr0 = 1\n', "line 2: instruction in section '.rodata', which is not "
                                                       "code: 'r0 = 1'"),
    ('\t.section\t.bss,"aw",@nobits\n\t.long\t1\n', "line 2: only zeros can go into the no-bits section '.bss'"),
    ('\t.section\tx,"axq",@progbits\n', "line 1: section flag 'q' is not supported"),
    ('\t.section\tx,"a",@note\n', "line 1: section type '@note' is not supported"),
    ('\t.section\t.rodata,"a",@progbits\n\t.long\t.Lnowhere\n', "line 2: undefined temporary label '.Lnowhere'"),
    ('\t.section\t.rodata,"a",@progbits\n\t.long\ta - b\n', "line 2: expression is not a number or one symbol plus "
                                                             "a number: +1*a -1*b"),
    ('\t.section\t.rodata,"a",@progbits\n\t.long\t(1 + 2\n', "line 2: missing ) in '(1 + 2'"),
    ('\t.section\t.rodata,"a",@progbits\n\t.p2align\t1, 0\n\t.balign\t3\n', "line 3: .balign 3: not a power of two"),
    ('\t.section\t.rodata,"a",@progbits\n\t.ascii\t"\\q"\n', "line 2: unknown escape \\q in '\"\\\\q\"'"),
    (HEAD + "\tif r1 > 0 goto LBB0_1\n\t.zero\t524288\nLBB0_1:\n\texit\n",
     "line 5: jump to 'LBB0_1' is 65536 instructions away; only gotol reaches that far"),
    ('\t.section\t.debug_info,"",@progbits\n.Ldebug0:\n\t.text\n\t.long\t.Ldebug0\n',
     "line 4: '.Ldebug0' is a label of a DWARF section, which is skipped"),
    (HEAD + "\tr0 = *(u64 *)(r10 - 40000)\n", "line 5: memory offset -40000 does not fit in the 16 bits an "
                                                "instruction holds: 'r0 = *(u64 *)(r10 - 40000)'"),
    (HEAD + "\tgoto +40000\n", "line 5: jump offset 40000 does not fit in the 16 bits an instruction holds (gotol "
                                "reaches further)"),
    (HEAD + "\tr0 = 1; bogus\n", "line 5: cannot parse 'bogus'"),
    (HEAD + "1:\tgoto 1f\n\texit\n", "line 5: no label 1 after '1f'"),
    (HEAD + "\tr1 = 4 / 0\n", "line 5: division by zero in '4 / 0'"),
    ('\t.section\t.rodata,"a",@progbits\n\t.long\tx * 2\n', "line 2: only numbers combine with * / % << >> & | ^ "
                                                            "in 'x * 2'"),
]


@pytest.mark.parametrize(("text", "message"), CASES, ids=[m.split(":")[-1][:40] for _t, m in CASES])
def test_one_clear_line(text: str, message: str) -> None:
    with pytest.raises(AsmError) as error:
        assemble(text)
    assert error.value.one_line() == message
