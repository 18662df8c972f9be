"""`sleepcheck list`: one row per program, JSON as issue 2 fixes it, one error line and exit 2 on bad files (and
programs, for `disasm` too)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from elftools.elf.elffile import ELFFile

from sleepcheck.proofs.cli import run

TESTS = Path(__file__).resolve().parents[2]
CORPUS = sorted((TESTS / "bpf" / "obj").glob("*.bpf.o"))
RICH = TESTS / "model" / "elf" / "obj" / "rich.bpf.o"
FIELDS = ["file", "program", "section", "prog_type", "attach_type", "attach_target", "sleepable", "insns",
          "subprograms", "callbacks", "maps"]


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def _list_json(*paths: Path) -> list[dict]:
    code, out, err = _run("list", "--format", "json", *map(str, paths))
    assert (code, err) == (0, "")
    document = json.loads(out)
    assert list(document) == ["programs"]
    return document["programs"]


def test_json_schema_and_rich_rows() -> None:
    first, second = _list_json(RICH)
    assert list(first) == FIELDS
    assert first == {"file": str(RICH), "program": "first", "section": "tp_btf/sched_switch",
                     "prog_type": "tracing", "attach_type": "trace_raw_tp", "attach_target": "sched_switch",
                     "sleepable": False, "insns": 68, "subprograms": ["twice", "global_sub", "hidden_sub"],
                     "callbacks": ["loop_cb", "timer_cb"], "maps": ["timers"]}
    assert (second["program"], second["maps"], second["subprograms"]) == ("second", ["outer"], [])


def test_insns_are_section_slots_for_the_whole_corpus() -> None:
    rows = _list_json(*CORPUS)
    assert len(rows) >= len(CORPUS)
    for path in CORPUS:
        with path.open("rb") as f:
            sizes = {s.name: s["sh_size"] // 8 for s in ELFFile(f).iter_sections()
                     if s["sh_flags"] & 0x4 and s.name != ".text" and s["sh_size"]}
        mine = [r for r in rows if r["file"] == str(path)]
        assert {r["section"]: r["insns"] for r in mine} == sizes


@pytest.mark.parametrize(("name", "prog_type", "attach_type", "sleepable"), [
    ("ptype_syscall_copy", "syscall", None, True),
    ("ptype_uprobe_s_copy", "kprobe", None, True),
    ("ptype_uprobe_copy", "kprobe", None, False),
    ("ptype_tc_safe", "sched_cls", None, False),
    ("ptype_xdp_safe", "xdp", "xdp", False),
    ("ptype_cgroup_skb_safe", "cgroup_skb", "cgroup_inet_ingress", False),
    ("ptype_raw_tp_safe", "raw_tracepoint", None, False),
])
def test_corpus_program_types(name: str, prog_type: str, attach_type: str | None, sleepable: bool) -> None:
    (row,) = _list_json(TESTS / "bpf" / "obj" / f"{name}.bpf.o")
    assert (row["prog_type"], row["attach_type"], row["sleepable"]) == (prog_type, attach_type, sleepable)


def test_text_table() -> None:
    code, out, err = _run("list", str(RICH))
    assert (code, err) == (0, "")
    header, first, second = out.splitlines()
    assert header.split() == FIELDS
    assert first.split()[:8] == [str(RICH), "first", "tp_btf/sched_switch", "tracing", "trace_raw_tp",
                                 "sched_switch", "no", "68"]
    assert "twice,global_sub,hidden_sub" in first and second.split()[-1] == "outer"


@pytest.mark.parametrize("content", [b"", b"garbage" * 10, None])
def test_bad_file_one_line_exit_2(tmp_path: Path, content: bytes | None) -> None:
    bad = tmp_path / "bad.o"
    if content is None:
        bad.write_bytes(RICH.read_bytes()[:200])
    else:
        bad.write_bytes(content)
    code, out, err = _run("list", "--format", "json", str(RICH), str(bad))
    assert code == 2
    assert err.count("\n") == 1 and err.startswith(f"sleepcheck: error: {bad}: ")
    document = json.loads(out)
    assert [r["program"] for r in document["programs"]] == ["first", "second"]
    assert document["errors"][0]["file"] == str(bad)


def test_non_bpf_elf_through_main() -> None:
    result = subprocess.run([sys.executable, "-c", "from sleepcheck.proofs.cli import main; main()", "list",
                             sys.executable], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "not a BPF object" in result.stderr
    assert "Traceback" not in result.stderr


def with_bad_opcode(tmp_path: Path, source: Path, program: str) -> Path:
    """A copy of an object whose program's fourth instruction has an opcode no BPF instruction has."""
    data = bytearray(source.read_bytes())
    with source.open("rb") as f:
        elf = ELFFile(f)
        entry = next(s for s in elf.get_section_by_name(".symtab").iter_symbols() if s.name == program)
        offset = elf.get_section(entry["st_shndx"])["sh_offset"] + entry["st_value"] + 3 * 8
    data[offset] = 0xFF
    bad = tmp_path / f"{source.stem}.o"
    bad.write_bytes(bytes(data))
    return bad


def test_a_program_that_does_not_decode_is_an_error_not_left_out(tmp_path: Path) -> None:
    """In `list` and `disasm` as in `check`: a pipeline that lists an object must not pass over a program in it."""
    bad = with_bad_opcode(tmp_path, RICH, "second")
    code, out, err = _run("list", "--format", "json", str(bad))
    assert code == 2
    assert err.count("\n") == 1 and err.startswith(f"sleepcheck: error: {bad}: second: insn 3: ")
    document = json.loads(out)
    assert [r["program"] for r in document["programs"]] == ["first"]
    assert [(e["file"], e["program"]) for e in document["errors"]] == [(str(bad), "second")]
    code, out, err = _run("disasm", str(bad))
    assert code == 2
    assert err.startswith(f"sleepcheck: error: {bad}: second: insn 3: ") and err.count("\n") == 1
    assert "program first" in out and "program second" not in out
    code, out, err = _run("disasm", str(bad), "--program", "second")
    assert (code, out.strip()) == (2, "")
