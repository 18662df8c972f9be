"""Open a file the way the command line does: a BPF ELF object, or the LLVM assembly text of one."""

from __future__ import annotations

import os

from sleepcheck.model.asm.assembler import assemble_image
from sleepcheck.model.asm.elf_write import write_elf
from sleepcheck.model.elf.loader import load_object_bytes, read_input
from sleepcheck.model.errors import AsmError, SleepcheckError
from sleepcheck.model.program import BpfObject

_ELF_MAGIC = b"\x7fELF"
_ASM_SUFFIXES = (".s", ".S", ".asm")
_OBJECT_SUFFIXES = (".o", ".obj")


def assemble(text: str) -> bytes:
    """Assembly text to the bytes of the relocatable object clang would write for it. Raises AsmError."""
    return write_elf(assemble_image(text))


def is_assembly(data: bytes, name: str) -> bool:
    """Not ELF, and named like assembly, or not named like an object and readable as text (no NUL byte, UTF-8):
    a `.o` that is not ELF stays "not an ELF file", the message that tells its user what is wrong."""
    if data.startswith(_ELF_MAGIC):
        return False
    if name.endswith(_ASM_SUFFIXES):
        return True
    if name.endswith(_OBJECT_SUFFIXES) or not data or b"\0" in data[:4096]:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def load_file(path: str | os.PathLike[str]) -> BpfObject:
    """A BPF object from an ELF file or from its assembly text. Raises a SleepcheckError located at the file."""
    name = os.fspath(path)
    data = read_input(name)
    if not is_assembly(data, name):
        return load_object_bytes(data, name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise AsmError(f"assembly text is not UTF-8 (byte {error.start})", file=name) from None
    try:
        return load_object_bytes(assemble(text), name)
    except SleepcheckError as error:
        raise error.located(file=name) from None
