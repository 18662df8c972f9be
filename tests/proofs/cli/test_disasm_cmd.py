"""`sleepcheck disasm`: instructions with their source lines and names, in two syntaxes and JSON."""

from __future__ import annotations

import io
import json
from pathlib import Path

from sleepcheck.model.elf import load_object
from sleepcheck.model.isa.text import parse_asm
from sleepcheck.proofs.cli import run

TESTS = Path(__file__).resolve().parents[2]
RICH = TESTS / "model" / "elf" / "obj" / "rich.bpf.o"
SPIN = TESTS / "bpf" / "obj" / "region_spin_static_subprog.bpf.o"


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_text_names_calls_maps_kfuncs_and_sources() -> None:
    code, out, err = _run("disasm", str(SPIN))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "tc: program region_spin_static_subprog (prog_type sched_cls)"
    assert "mix (static, section .text):" in lines
    assert "     5: r1 = locked ll" in lines
    assert "     7: call bpf_map_lookup_elem" in lines  # helper name from the kernel model
    assert "    14: call mix" in lines
    assert "; ./region_spin_static_subprog.bpf.c:26: bpf_spin_lock(&v->lock);" in lines


def test_program_option_and_kfunc_names() -> None:
    code, out, _ = _run("disasm", str(RICH), "--program", "second")
    assert code == 0
    assert "first (" not in out
    assert "     0: r1 = bpf_task_from_pid ll" in out.splitlines()
    assert "     4: call bpf_task_from_pid" in out.splitlines()


def test_subprogram_alone_and_global_data_names() -> None:
    code, out, _ = _run("disasm", str(RICH), "--program", "twice")
    assert code == 0
    assert out.startswith("\ntwice (static, section .text):")
    assert "r1 = threshold ll" in out


def test_verifier_syntax() -> None:
    code, out, _ = _run("disasm", str(SPIN), "--syntax", "verifier")
    assert code == 0
    assert "     7: call bpf_map_lookup_elem#1" in out.splitlines()
    assert "if r6 == 0x0 goto pc+8" in out


def test_json_matches_the_model() -> None:
    code, out, _ = _run("disasm", str(RICH), "--format", "json")
    assert code == 0
    document = json.loads(out)
    obj = load_object(RICH)
    programs = document["programs"]
    assert [p["program"] for p in programs] == ["first", "second"]
    functions = {f["name"]: f for f in programs[0]["functions"]}
    assert set(functions) == {f.name for f in obj.reachable(obj.program("first"))}
    twice = functions["twice"]
    assert [i["slot"] for i in twice["insns"]] == list(obj.functions["twice"].code.slots)
    assert twice["insns"][0]["source"]["file"] == "./rich.bpf.c"
    refs = [i["ref"] for i in functions["first"]["insns"] if i["ref"]]
    assert {"kind": "func_addr", "target": "loop_cb", "offset": 0, "weak": False} in refs


def test_plain_text_reassembles() -> None:
    """Instructions without names print as LLVM text our assembler reads back to the same instructions."""
    obj = load_object(SPIN)
    mix = obj.functions["mix"]
    code, out, _ = _run("disasm", str(SPIN), "--program", "mix")
    assert code == 0
    text = "\n".join(line.split(": ", 1)[1] for line in out.splitlines() if line[:6].strip().isdigit())
    assert parse_asm(text).insns == mix.code.insns


def test_unknown_program_exit_2() -> None:
    code, out, err = _run("disasm", str(RICH), "--program", "nope")
    assert (code, out) == (2, "")
    assert err == f"sleepcheck: error: {RICH}: no program named 'nope' (programs: first, second)\n"

