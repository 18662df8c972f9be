"""Bytes and text that are not eBPF fail with a DecodeError or AsmError naming the instruction."""

from __future__ import annotations

import struct

import pytest

from sleepcheck.model.errors import AsmError, DecodeError
from sleepcheck.model.isa.decode import check_jumps, decode
from sleepcheck.model.isa.insn import Code, Exit, Goto, Imm, JmpOp, Jump, Mov, Reg
from sleepcheck.model.isa.text import parse_asm

EXIT = bytes.fromhex("9500000000000000")


def slot(code: int, dst: int = 0, src: int = 0, off: int = 0, imm: int = 0) -> bytes:
    return struct.pack("<BBhi", code, (src << 4) | dst, off, imm)


@pytest.mark.parametrize(("data", "reason"), [
    (slot(0xFF), "unknown opcode"),
    (slot(0x8F), "unknown opcode"),  # neg from a register
    (slot(0xBF, dst=11, src=1), "register r11 does not exist"),
    (slot(0xBF, dst=1, src=12), "register r12 does not exist"),
    (slot(0x07, dst=1, src=3, imm=1), "reserved field src"),  # add imm with a source register
    (slot(0x95, imm=1), "reserved field imm"),  # exit with an immediate
    (slot(0x18, dst=1, imm=1), "missing its second slot"),
    (slot(0x18, dst=1) + slot(0x07), "second slot has reserved fields"),
    (slot(0x18, dst=1, src=9) + slot(0), "unknown pseudo source 9"),
    (slot(0xDB, dst=1, src=2, imm=0x77), "unknown atomic operation"),
    (slot(0xD4, dst=1, imm=24), "byte swap of 24 bits"),
    (slot(0x85, src=3, imm=1), "call with unknown source 3"),
    (slot(0x99, dst=1, src=2, off=8), "sign-extending load of 8 bytes"),
])
def test_bad_bytes(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason) as caught:
        decode(EXIT + data)
    assert caught.value.insn == 1


def test_size_not_a_multiple_of_eight() -> None:
    with pytest.raises(DecodeError, match="not a multiple of 8"):
        decode(EXIT[:5])


@pytest.mark.parametrize("insns", [
    (Goto(1), Exit()),
    (Goto(-2), Exit()),
    (Jump(JmpOp.JEQ, True, 1, Reg(2), 5), Exit()),
])
def test_jump_out_of_function(insns: tuple) -> None:
    with pytest.raises(DecodeError, match="outside the function") as caught:
        check_jumps(Code.of(list(insns)))
    assert caught.value.insn == 0


@pytest.mark.parametrize("insns", [
    (Mov(True, 0, Imm(0)),),
    (Mov(True, 0, Imm(0)), Exit(), Mov(True, 0, Imm(1))),
    (Exit(), Jump(JmpOp.JEQ, True, 1, Reg(2), -2)),  # a conditional jump falls through when not taken
    (),
])
def test_run_falls_off_the_end(insns: tuple) -> None:
    """The kernel refuses it ("last insn is not an exit or jmp"); the engines would step past the last instruction."""
    with pytest.raises(DecodeError, match="falls off the end"):
        check_jumps(Code.of(list(insns)))


def test_jump_into_ld_imm64() -> None:
    code = decode(slot(0x05, off=1) + slot(0x18, dst=1) + slot(0) + EXIT)
    with pytest.raises(DecodeError, match="inside ld_imm64"):
        check_jumps(code)


@pytest.mark.parametrize(("text", "reason"), [
    ("r11 = 1", "cannot parse"),
    ("r1 = frobnicate r2", "cannot parse"),
    ("goto nowhere", "unknown label"),
])
def test_bad_text(text: str, reason: str) -> None:
    with pytest.raises(AsmError, match=reason):
        parse_asm(text)
