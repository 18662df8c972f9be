"""`sleepcheck check` around a fake engine: options, the JSON contract, error entries and the run's exit code.

The engines are not exercised here; the fake answers by program name, so each test says what the engine found and
checks only what the command makes of it.
"""

from __future__ import annotations

import io
import json
from collections.abc import Mapping
from pathlib import Path

import pytest

from sleepcheck.model.errors import DecodeError
from sleepcheck.model.kernel import DEFAULT_KERNEL, KernelModel
from sleepcheck.model.program import BpfObject, Program
from sleepcheck.proofs.cli import run
from sleepcheck.proofs.cli.check_cmd import Engine, check_and_report, exit_code
from sleepcheck.proofs.options import CheckOptions, resolve_options
from sleepcheck.proofs.verdict import Finding, Location, Obligation, ProgramResult, Verdict, Witness

OBJ = Path(__file__).resolve().parents[2] / "bpf" / "obj"
KPROBE = str(OBJ / "ptype_kprobe_copy.bpf.o")  # program ptype_kprobe_copy
TC = str(OBJ / "ptype_tc_safe.bpf.o")  # program ptype_tc_safe
SYSCALL = str(OBJ / "ptype_syscall_copy.bpf.o")  # program ptype_syscall_copy, sleepable


def fake_engine(verdicts: Mapping[str, Verdict], seen: list[tuple[str, CheckOptions]] | None = None) -> Engine:
    """An engine that gives each named program one no-sleep-in-atomic finding with the verdict asked for."""

    def engine(obj: BpfObject, program: Program, kernel: KernelModel, options: CheckOptions) -> ProgramResult:
        assert str(kernel.version) == options.kernel
        if seen is not None:
            seen.append((program.name, options))
        verdict = verdicts.get(program.name, Verdict.SAFE)
        if verdict is Verdict.ERROR:
            raise DecodeError("unknown opcode 0xff", insn=3)
        at = Location(program.entry.name, 5, 5, "./p.c:9:2: \tbpf_copy_from_user(b, 8, p);")
        finding = Finding(Obligation.NO_SLEEP_IN_ATOMIC, verdict, f"{verdict.value} finding", at=at,
                          proof="pre-pass" if verdict is Verdict.SAFE else None,
                          reason="timeout after 30 s" if verdict is Verdict.UNKNOWN else None,
                          witness=Witness((at,), None, None, {"ctx.di": 1})
                          if verdict is Verdict.VIOLATION else None)
        return ProgramResult(obj.path, program.name, program.section, program.prog_type, program.sleepable,
                             (finding,), 0.25)

    return engine


def check(files: list[str], verdicts: Mapping[str, Verdict], output: str = "json",
          options: CheckOptions | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = check_and_report(files, options or resolve_options(), output, out, err, fake_engine(verdicts))
    return code, out.getvalue(), err.getvalue()


def test_json_has_one_entry_per_program_as_list_writes_them() -> None:
    code, out, err = check([KPROBE, SYSCALL], {"ptype_kprobe_copy": Verdict.VIOLATION})
    assert (code, err) == (1, "")
    document = json.loads(out)
    assert document["kernel"] == DEFAULT_KERNEL
    kprobe, syscall = document["programs"]
    assert {k: kprobe[k] for k in ("file", "program", "section", "prog_type", "sleepable", "verdict")} == {
        "file": KPROBE, "program": "ptype_kprobe_copy", "section": "kprobe/do_sys_openat2", "prog_type": "kprobe",
        "sleepable": False, "verdict": "violation"}
    assert (syscall["prog_type"], syscall["sleepable"], syscall["verdict"]) == ("syscall", True, "safe")
    finding = kprobe["findings"][0]
    assert (finding["obligation"], finding["insn"], finding["source"]) == (
        "no-sleep-in-atomic", 5, "./p.c:9:2: \tbpf_copy_from_user(b, 8, p);")
    assert finding["witness"] == {"path": [{"insn": 5, "source": finding["source"]}], "region": None,
                                  "inputs": {"ctx.di": 1}, "left_out": {"instructions": 0, "after": 0}}
    assert syscall["findings"][0]["proof"] == "pre-pass" and kprobe["seconds"] == 0.25


@pytest.mark.parametrize(("verdicts", "expected"), [
    ({}, 0),
    ({"ptype_tc_safe": Verdict.UNKNOWN}, 3),
    ({"ptype_tc_safe": Verdict.UNKNOWN, "ptype_kprobe_copy": Verdict.VIOLATION}, 1),
    ({"ptype_tc_safe": Verdict.ERROR, "ptype_kprobe_copy": Verdict.UNKNOWN}, 2),
    ({"ptype_tc_safe": Verdict.ERROR, "ptype_kprobe_copy": Verdict.VIOLATION}, 1),
])
def test_exit_code_of_the_run(verdicts: Mapping[str, Verdict], expected: int) -> None:
    assert check([KPROBE, TC], verdicts, "text")[0] == expected


def test_unreadable_file_is_an_error_entry_and_the_run_goes_on(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.o"
    garbage.write_bytes(b"not an elf")
    missing = str(tmp_path / "missing.o")
    code, out, err = check([str(garbage), TC, missing], {"ptype_tc_safe": Verdict.UNKNOWN})
    assert (code, err) == (2, "")
    entries = json.loads(out)["programs"]
    assert [e["verdict"] for e in entries] == ["error", "unknown", "error"]
    assert entries[0] == {"file": str(garbage), "program": None, "section": None, "prog_type": None,
                          "sleepable": None, "verdict": "error", "error": "not an ELF file", "findings": [],
                          "seconds": entries[0]["seconds"]}
    assert entries[2]["error"] == "cannot read: No such file or directory"


def test_an_endless_input_is_an_error_entry_not_a_process_that_eats_memory() -> None:
    code, out, _ = check(["/dev/zero", TC], {})
    assert code == 2
    entries = json.loads(out)["programs"]
    assert entries[0]["error"] == "larger than 256 MiB, which no BPF object is"
    assert entries[1]["verdict"] == "safe"


def test_unreadable_file_is_one_text_line_without_a_traceback(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.o")
    code, out, _ = check([missing, TC], {}, "text")
    assert code == 2
    assert out.splitlines()[0] == f"{missing}: error: cannot read: No such file or directory"
    assert "Traceback" not in out


def test_program_the_engine_cannot_read_is_an_error_entry_of_its_own() -> None:
    code, out, _ = check([KPROBE, TC], {"ptype_kprobe_copy": Verdict.ERROR})
    entries = json.loads(out)["programs"]
    assert code == 2
    assert (entries[0]["program"], entries[0]["verdict"], entries[0]["error"]) == (
        "ptype_kprobe_copy", "error", "insn 3: unknown opcode 0xff")
    assert entries[1]["verdict"] == "safe"


def test_text_violation_reads_like_a_compiler_diagnostic() -> None:
    code, out, _ = check([KPROBE], {"ptype_kprobe_copy": Verdict.VIOLATION}, "text")
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == "./p.c:9:2: error: violation finding [no-sleep-in-atomic]"
    assert lines[-1].startswith("1 program on Linux 6.18: 1 violation in 0.250 s")


def test_sarif_output() -> None:
    code, out, _ = check([KPROBE, TC], {"ptype_tc_safe": Verdict.UNKNOWN}, "sarif")
    document = json.loads(out)
    assert code == 3
    assert [r["level"] for r in document["runs"][0]["results"]] == ["warning"]


def test_options_are_resolved_once_and_passed_to_the_engine() -> None:
    seen: list[tuple[str, CheckOptions]] = []
    options = resolve_options(kernel="6.1", bound=8, timeout=2.5, rodata_unknown=True,
                              programs=("ptype_tc_safe",))
    out, err = io.StringIO(), io.StringIO()
    assert check_and_report([KPROBE, TC], options, "json", out, err, fake_engine({}, seen)) == 0
    assert seen == [("ptype_tc_safe", CheckOptions("6.1", 8, 2.5, "z3", True, ("ptype_tc_safe",)))]
    assert json.loads(out.getvalue())["kernel"] == "6.1"


def test_program_filter_that_matches_nothing_is_an_input_error() -> None:
    options = resolve_options(programs=("ptype_tc_safe", "nope"))
    out, err = io.StringIO(), io.StringIO()
    assert check_and_report([TC], options, "json", out, err, fake_engine({})) == 2
    assert err.getvalue() == f"sleepcheck: error: no program named 'nope' in {TC}\n"
    assert [e["program"] for e in json.loads(out.getvalue())["programs"]] == ["ptype_tc_safe"]


@pytest.mark.parametrize(("argv", "message"), [
    (["--kernel", "4.19"], "no kernel model for Linux 4.19"),
    (["--bound", "0"], "--bound must be at least 1"),
    (["--timeout", "-1"], "--timeout must be a positive, finite number"),
    (["--timeout", "inf"], "--timeout must be a positive, finite number"),
    (["--timeout", "nan"], "--timeout must be a positive, finite number"),
    (["--solver", "nosuch"], "invalid choice: 'nosuch'"),
    (["--format", "xml"], "invalid choice: 'xml'"),
])
def test_wrong_command_line_exits_2_with_one_line(argv: list[str], message: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run(["check", TC, *argv], out, err) == 2
    assert out.getvalue() == ""
    assert err.getvalue().startswith("sleepcheck: error: ") and message in err.getvalue()
    assert err.getvalue().count("\n") == 1


def test_exit_code_ranks_violation_over_internal_error_over_input_error_over_unknown() -> None:
    def result(verdict: Verdict) -> ProgramResult:
        finding = Finding(Obligation.NO_SLEEP_IN_ATOMIC, verdict, "m")
        return ProgramResult("f", "p", "s", "t", False, (finding,), 0.0)

    assert exit_code([]) == 0
    assert exit_code([result(Verdict.SAFE)], input_error=True) == 2
    assert exit_code([result(Verdict.UNKNOWN), result(Verdict.VIOLATION)], input_error=True) == 1
    failed = ProgramResult("f", "p", "s", "t", False, (), 0.0, error="f: internal error while reading", internal=True)
    assert exit_code([result(Verdict.SAFE), failed], input_error=True) == 4
    assert exit_code([failed, result(Verdict.VIOLATION)]) == 1


def test_the_command_runs_the_real_engine() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run(["check", TC, "--format", "json"], out, err) == 0, err.getvalue()
    (entry,) = json.loads(out.getvalue())["programs"]
    assert (entry["program"], entry["verdict"]) == ("ptype_tc_safe", "safe")
    assert "admissible" in {finding["obligation"] for finding in entry["findings"]}
