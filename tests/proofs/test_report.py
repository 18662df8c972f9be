"""The three report formats on a small run: golden text, the JSON contract, and SARIF's required shape."""

from __future__ import annotations

import json

from sleepcheck.proofs import report_json, report_sarif, report_text
from sleepcheck.proofs.report import parse_source
from sleepcheck.proofs.verdict import Finding, Location, Obligation, ProgramResult, Verdict, Witness


def _at(slot: int, line: int | None, text: str = "", column: int = 3, function: str = "handle") -> Location:
    source = None if line is None else f"./prog.bpf.c:{line}:{column}: {text}"
    return Location(function, slot, slot, source)


# A path with a long straight run (slots 0..9 over seven source lines), a jump to slot 20, and two instructions
# of one source line at the end.
PATH = (
    _at(0, 10, "int handle(void *ctx)", column=0),
    _at(1, 12, "\tu32 pid = bpf_get_current_pid_tgid();"),
    _at(2, 12, "\tu32 pid = bpf_get_current_pid_tgid();", column=9),
    _at(3, 13, "\tu32 key = 0;"),
    _at(4, 14, "\tstruct val *v = bpf_map_lookup_elem(&m, &key);"),
    _at(6, 15, "\tif (!v)"),
    _at(7, 17, "\tbpf_rcu_read_lock();"),
    _at(8, 18, "\tif (v->flag == pid)"),
    _at(9, 19, "\t\tgoto out;"),
    _at(20, 24, "\tbpf_copy_from_user(buf, sizeof(buf), ptr);", column=2),
    _at(21, 24, "\tbpf_copy_from_user(buf, sizeof(buf), ptr);", column=2),
)
VIOLATION = Finding(
    Obligation.NO_SLEEP_IN_ATOMIC, Verdict.VIOLATION,
    "bpf_copy_from_user may sleep inside the RCU read-side section opened at ./prog.bpf.c:17:3",
    at=PATH[-1], witness=Witness(PATH, "rcu", PATH[6], {"map m[0].flag": 4660, "helper bpf_get_current_pid_tgid": 7}))
UNKNOWN = Finding(Obligation.REGIONS_BALANCED, Verdict.UNKNOWN, "cannot decide whether every region closes",
                  at=Location("sub", 2, 42, None), reason="safe up to 64 iterations of the loop at slot 40")
SAFE = Finding(Obligation.ADMISSIBLE, Verdict.SAFE, "kprobe programs load non-sleepable", proof="pre-pass")
RESULTS = (
    ProgramResult("a.bpf.o", "handle", "kprobe/do_sys_open", "kprobe", False, (SAFE, VIOLATION, UNKNOWN), 0.0123),
    ProgramResult("a.bpf.o", "other", "tc", "sched_cls", False, (SAFE,), 0.001),
    ProgramResult("missing.o", "", "", "", False, (), 0.0, error="cannot read: No such file or directory"),
)

GOLDEN_TEXT = """\
./prog.bpf.c:24:2: error: bpf_copy_from_user may sleep inside the RCU read-side section opened at ./prog.bpf.c:17:3 [no-sleep-in-atomic]
  in program handle (section kprobe/do_sys_open, kprobe, not sleepable) of a.bpf.o
  path:
    ./prog.bpf.c:10:0  int handle(void *ctx)
    ./prog.bpf.c:12:3  u32 pid = bpf_get_current_pid_tgid();
    ...                (4 more lines)
    ./prog.bpf.c:18:3  if (v->flag == pid)
    ./prog.bpf.c:19:3  goto out;
    ./prog.bpf.c:24:2  bpf_copy_from_user(buf, sizeof(buf), ptr);
  region: rcu, opened at ./prog.bpf.c:17:3  bpf_rcu_read_lock();
  inputs:
    map m[0].flag = 4660 (0x1234)
    helper bpf_get_current_pid_tgid = 7
a.bpf.o: sub+42: warning: cannot decide whether every region closes (safe up to 64 iterations of the loop at slot 40) [regions-balanced]
  in program handle (section kprobe/do_sys_open, kprobe, not sleepable) of a.bpf.o
missing.o: error: cannot read: No such file or directory

file       program  verdict    seconds
a.bpf.o    handle   violation  0.012
a.bpf.o    other    safe       0.001
missing.o  -        error      0.000
3 programs on Linux 6.18: 1 safe, 1 violation, 1 error in 0.013 s
"""  # noqa: E501


def test_text_report_is_golden() -> None:
    assert report_text.render(RESULTS, "6.18") == GOLDEN_TEXT


def test_text_report_of_non_sleepable_context_and_contract_rule() -> None:
    finding = Finding(Obligation.KERNEL_CONTRACT, Verdict.VIOLATION, "bpf_spin_lock held at a helper call",
                      at=PATH[0], rule="no helper calls under bpf_spin_lock",
                      witness=Witness(PATH[:1], None, None, {}))
    text = report_text.render([ProgramResult("b.o", "p", "tc", "sched_cls", False, (finding,), 0.5)], "6.1")
    assert "error: bpf_spin_lock held at a helper call [kernel-contract: no helper calls under bpf_spin_lock]" in text
    assert "  region: none open\n" in text  # only a sleep is made atomic by the context itself
    assert "inputs:" not in text
    sleep = Finding(Obligation.NO_SLEEP_IN_ATOMIC, Verdict.VIOLATION, "bpf_copy_from_user may sleep", at=PATH[0],
                    witness=Witness(PATH[:1], None, None, {}))
    text = report_text.render([ProgramResult("b.o", "p", "tc", "sched_cls", False, (sleep,), 0.5)], "6.1")
    assert "  region: none: the context itself may not sleep (the program's, or an async callback's)\n" in text


def test_source_strings_are_taken_apart() -> None:
    source = parse_source(Location("f", 0, 0, "dir/a:b.c:7:5: x = y;"))
    assert source is not None
    assert (source.file, source.line, source.column, source.text) == ("dir/a:b.c", 7, 5, "x = y;")
    assert parse_source(Location("f", 0, 0, "no line here")) is None


def test_json_report_follows_the_contract() -> None:
    document = json.loads(report_json.render(RESULTS, "6.18"))
    assert document["kernel"] == "6.18"
    handle, other, missing = document["programs"]
    assert list(handle) == ["file", "program", "section", "prog_type", "sleepable", "verdict", "error", "findings",
                            "seconds"]
    assert (handle["verdict"], other["verdict"], missing["verdict"]) == ("violation", "safe", "error")
    assert missing["program"] is None and missing["sleepable"] is None and missing["error"].startswith("cannot read")
    safe, violation, unknown = handle["findings"]
    assert list(violation) == ["obligation", "verdict", "message", "insn", "source", "proof", "reason", "rule",
                               "witness"]
    assert safe["proof"] == "pre-pass" and safe["insn"] is None and safe["witness"] is None
    assert unknown["reason"].startswith("safe up to 64") and unknown["insn"] == 42
    assert violation["insn"] == 21 and violation["source"].startswith("./prog.bpf.c:24:2: ")
    witness = violation["witness"]
    assert [step["insn"] for step in witness["path"]] == [0, 1, 2, 3, 4, 6, 7, 8, 9, 20, 21]
    assert witness["region"] == {"kind": "rcu", "opened_at": {"insn": 7,
                                                               "source": "./prog.bpf.c:17:3: \tbpf_rcu_read_lock();"}}
    assert witness["inputs"] == {"map m[0].flag": 4660, "helper bpf_get_current_pid_tgid": 7}


def test_sarif_report_has_the_required_shape() -> None:
    document = json.loads(report_sarif.render(RESULTS, "6.18"))
    assert document["version"] == "2.1.0" and len(document["runs"]) == 1
    run = document["runs"][0]
    rules = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert rules == [o.value for o in Obligation]
    violation, unknown = run["results"]  # safe findings are not results
    assert (violation["level"], unknown["level"]) == ("error", "warning")
    assert rules[violation["ruleIndex"]] == violation["ruleId"] == "no-sleep-in-atomic"
    physical = violation["locations"][0]["physicalLocation"]
    assert physical == {"artifactLocation": {"uri": "prog.bpf.c"}, "region": {"startLine": 24, "startColumn": 2}}
    steps = violation["codeFlows"][0]["threadFlows"][0]["locations"]
    assert len(steps) == len(PATH)
    first = steps[0]["location"]["physicalLocation"]["region"]
    assert first == {"startLine": 10}  # column 0 means unknown; SARIF columns start at 1
    assert violation["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 17
    assert unknown["locations"][0]["physicalLocation"] == {"artifactLocation": {"uri": "a.bpf.o"}}
    assert unknown["locations"][0]["logicalLocations"][0]["name"] == "sub+42"
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "missing.o"}


def test_json_report_of_a_program_in_an_untyped_section() -> None:
    """A program libbpf gives no type (an unknown section) is named, with its section, but has no type or flag."""
    untyped = ProgramResult("c.bpf.o", "probe", "foo/bar", "", False, (), 0.0,
                            error="probe: section 'foo/bar' is not a program type libbpf knows")
    entry = json.loads(report_json.render([untyped], "6.18"))["programs"][0]
    assert (entry["program"], entry["section"], entry["prog_type"], entry["sleepable"]) == ("probe", "foo/bar", None,
                                                                                           None)
