"""The commands take assembly text wherever they take an object: `check` gives each committed `.s` the verdicts and
findings it gives the object clang built from the same source, `list` and `disasm` the same rows; bad text is one
line naming file and line, exit code 2, never a traceback."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from sleepcheck.proofs.cli import EXIT_INPUT, run

BPF = Path(__file__).resolve().parents[2] / "bpf"
SOURCES = sorted((BPF / "asm").glob("*.s"))


def _run(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(list(argv), stdout, stderr)
    return code, stdout.getvalue(), stderr.getvalue()


def _without_files(document: Any) -> Any:
    """The JSON report with file names and timings taken out: what must not depend on the input's form."""
    if isinstance(document, dict):
        return {k: _without_files(v) for k, v in document.items() if k not in ("file", "seconds")}
    if isinstance(document, list):
        return [_without_files(v) for v in document]
    return document


def _object(source: Path) -> str:
    return str(BPF / "obj" / f"{source.name.removesuffix('.s')}.bpf.o")


def test_check_gives_the_same_verdicts() -> None:
    code_s, out_s, err_s = _run("check", "--format", "json", *map(str, SOURCES))
    code_o, out_o, err_o = _run("check", "--format", "json", *map(_object, SOURCES))
    assert (code_s, err_s) == (code_o, err_o)
    from_text, from_objects = json.loads(out_s), json.loads(out_o)
    assert [p["file"] for p in from_text["programs"]] == [str(s) for s in SOURCES]
    assert {p["verdict"] for p in from_text["programs"]} >= {"safe", "violation"}
    assert _without_files(from_text) == _without_files(from_objects)


@pytest.mark.parametrize("command", ["list", "disasm"])
def test_list_and_disasm_read_the_text(command: str) -> None:
    source = BPF / "asm" / "cb_timer_safe.s"
    code_s, out_s, _ = _run(command, "--format", "json", str(source))
    code_o, out_o, _ = _run(command, "--format", "json", _object(source))
    assert code_s == code_o == 0
    assert _without_files(json.loads(out_s)) == _without_files(json.loads(out_o))


@pytest.mark.parametrize("command", ["check", "list", "disasm"])
def test_bad_text_is_one_line(tmp_path: Path, command: str) -> None:
    bad = tmp_path / "prog.s"
    bad.write_text('\t.section\ttc,"ax",@progbits\n\t.globl\tf\nf:\n\tr1 = bogus\n\texit\n')
    code, out, err = _run(command, str(bad))
    line = f"{bad}: line 4: cannot parse 'r1 = bogus'"
    assert code == EXIT_INPUT
    assert "Traceback" not in out + err
    assert line in err or line.removeprefix(f"{bad}: ") in out


def test_text_that_is_not_assembly_is_not_elf_either(tmp_path: Path) -> None:
    binary = tmp_path / "prog.bin"
    binary.write_bytes(b"\0\1\2\3")
    code, _out, err = _run("list", str(binary))
    assert code == EXIT_INPUT
    assert err.strip() == f"sleepcheck: error: {binary}: not an ELF file"
