"""Every committed `clang -S` text (tests/bpf/asm, made by tests/bpf/build_asm.sh) assembles to the object clang
wrote for the same source (tests/bpf/obj): the same section bytes, symbols and relocations, and the loader reads
the same programs, instructions, references, maps, data and line info from both.

Known difference, named: clang's BTF type order is not the same under -S and -c for some programs (kernel types
reached two ways). LLVM's own assembler, given the text, writes the same .BTF as we do (checked by hand with
`clang-19 -c NAME.s`); those programs are compared through the loader, which reads BTF by name, not by bytes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sleepcheck.model.asm import assemble, load_file
from sleepcheck.model.elf import load_object
from sleepcheck.model.elf.reader import SHN_LORESERVE, ElfObject, read_elf

BPF = Path(__file__).resolve().parents[2] / "bpf"
SOURCES = sorted((BPF / "asm").glob("*.s"))
BTF_ORDER_DIFFERS = {"lsm_s_file_open_xattr_in_rcu"}
_SKIPPED = (".debug_", ".rel.debug_", ".llvm_addrsig")


def _name(path: Path) -> str:
    return path.name.removesuffix(".s")


def _object(name: str) -> Path:
    return BPF / "obj" / f"{name}.bpf.o"


def _sections(elf: ElfObject) -> dict[str, tuple[str, int, bytes]]:
    return {s.name: (s.type, s.flags, s.data) for s in elf.sections
            if s.name and not s.name.startswith(_SKIPPED) and s.type not in ("SHT_SYMTAB", "SHT_STRTAB", "SHT_REL")}


def _symbols(elf: ElfObject) -> set[tuple[object, ...]]:
    return {(s.name, s.value, s.size, s.type, s.bind, s.visibility,
             elf.sections[s.shndx].name if 0 < s.shndx < SHN_LORESERVE else s.shndx)
            for s in elf.symbols if s.name}


def _relocations(elf: ElfObject) -> dict[str, list[tuple[int, str, int]]]:
    def target(index: int) -> str:
        symbol = elf.symbols[index]
        return symbol.name or f"section {elf.sections[symbol.shndx].name}"
    return {elf.sections[k].name: sorted((r.offset, target(r.symbol), r.type) for r in relocations)
            for k, relocations in elf.relocations.items() if not elf.sections[k].name.startswith(_SKIPPED)}


def test_the_corpus_is_there() -> None:
    assert len(SOURCES) >= 10
    for source in SOURCES:
        assert _object(_name(source)).exists(), f"{source.name} has no object in tests/bpf/obj"


@pytest.mark.parametrize("source", SOURCES, ids=_name)
def test_same_object_as_clang(source: Path) -> None:
    name = _name(source)
    mine = read_elf(assemble(source.read_text()))
    clang = read_elf(_object(name).read_bytes())
    ours, theirs = _sections(mine), _sections(clang)
    if name in BTF_ORDER_DIFFERS:
        assert ours.pop(".BTF")[2] != theirs.pop(".BTF")[2], "the named BTF difference is gone: drop the name"
    assert ours == theirs
    assert _symbols(mine) == _symbols(clang)
    assert _relocations(mine) == _relocations(clang)


@pytest.mark.parametrize("source", SOURCES, ids=_name)
def test_loader_reads_the_same_programs(source: Path) -> None:
    mine = load_file(source)
    clang = load_object(_object(_name(source)))
    assert mine.path == str(source)
    assert mine.programs == clang.programs
    assert dict(mine.functions) == dict(clang.functions)
    assert dict(mine.maps) == dict(clang.maps)
    assert dict(mine.data) == dict(clang.data)
    assert dict(mine.externs) == dict(clang.externs)
    assert mine.core_relocs == clang.core_relocs
    assert mine.license == clang.license
    assert any(function.lines for function in mine.functions.values()), "no line info came through"
